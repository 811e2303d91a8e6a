//! Reminders and the mail they become. Every minute each `klero serve` process looks for
//! deadlines that call for a reminder and queues one message per person in the outbox (the
//! store's dedup key makes that once-only across processes); then, when a mail server is
//! configured, it sends what is waiting. Without one, messages wait on the organisers' outbox
//! page. Reminders go to the government before a due date (14 and 3 days ahead) and to the
//! organisers and the commission once it has passed. Message bodies hold no more personal data
//! than the recipient's own address.

use crate::AppState;
use crate::i18n;
use klero_domain::access::Role;
use klero_domain::followup::tracker::Tracker;
use klero_domain::followup::{DueState, due_state};
use klero_domain::lang::Lang;
use klero_store::{Mail, OutgoingMail, StoreError};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// How often a process looks for reminders and sends mail.
pub const INTERVAL: Duration = Duration::from_secs(60);

/// A deadline worth a message, and to whom.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reminder {
    /// `round-upcoming`, `round-overdue`, `question-upcoming`, `question-overdue`.
    kind: &'static str,
    /// The once-only part of the key (without the recipient).
    key: String,
    /// The roles to tell.
    roles: &'static [Role],
    /// Message arguments.
    args: Vec<(&'static str, String)>,
}

/// The stage of a deadline that calls for a reminder: 14 or 3 days before, or past.
fn stage(state: DueState) -> Option<&'static str> {
    match state {
        DueState::Overdue { .. } => Some("overdue"),
        DueState::Open { days_left } if days_left <= 3 => Some("3-days"),
        DueState::Open { days_left } if days_left <= 14 => Some("14-days"),
        DueState::Open { .. } => None,
    }
}

const BEFORE: &[Role] = &[Role::Government];
const AFTER: &[Role] = &[Role::Organiser, Role::Commission];
const QUESTION_AFTER: &[Role] = &[Role::Government, Role::Organiser, Role::Commission];

/// The reminders a panel's follow-up calls for at `now`.
fn reminders(panel_id: &str, tracker: &Tracker, now: i64) -> Vec<Reminder> {
    let mut out = Vec::new();
    for round in tracker.rounds.iter().filter(|r| r.published_at.is_none()) {
        let state = due_state(round.due_on, now);
        if let Some(stage) = stage(state) {
            let overdue = state.is_overdue();
            out.push(Reminder {
                kind: if overdue {
                    "round-overdue"
                } else {
                    "round-upcoming"
                },
                key: format!("round:{panel_id}:{}:{}:{stage}", round.number, round.due_on),
                roles: if overdue { AFTER } else { BEFORE },
                args: vec![
                    ("round", round.number.to_string()),
                    ("date", round.due_on.to_string()),
                    (
                        "days",
                        state.days_overdue().max(days_left(state)).to_string(),
                    ),
                ],
            });
        }
    }
    for q in tracker.questions.iter().filter(|q| q.reply.is_none()) {
        let state = due_state(q.due_on, now);
        if let Some(stage) = stage(state) {
            let overdue = state.is_overdue();
            out.push(Reminder {
                kind: if overdue {
                    "question-overdue"
                } else {
                    "question-upcoming"
                },
                key: format!("question:{panel_id}:{}:{}:{stage}", q.number, q.due_on),
                roles: if overdue { QUESTION_AFTER } else { BEFORE },
                args: vec![
                    ("question", q.number.to_string()),
                    ("rec", q.recommendation.to_string()),
                    ("date", q.due_on.to_string()),
                    (
                        "days",
                        state.days_overdue().max(days_left(state)).to_string(),
                    ),
                ],
            });
        }
    }
    out
}

fn days_left(state: DueState) -> i64 {
    match state {
        DueState::Open { days_left } => days_left,
        DueState::Overdue { .. } => 0,
    }
}

/// Subject and body in the four languages, for a reader whose language we do not know.
fn compose(kind: &str, args: &[(&str, String)]) -> (String, String) {
    let subject = Lang::ALL
        .iter()
        .map(|lang| i18n::message_with(*lang, &format!("mail-{kind}-subject"), args))
        .collect::<Vec<_>>()
        .join(" / ");
    let body = Lang::ALL
        .iter()
        .map(|lang| i18n::message_with(*lang, &format!("mail-{kind}-body"), args))
        .collect::<Vec<_>>()
        .join("\n\n-- \n\n");
    (subject, body)
}

/// Queues the reminders due at the state's "now"; returns how many messages were new.
pub async fn queue_reminders(state: &AppState) -> Result<usize, StoreError> {
    let now = state.now();
    let root = state.config.public_url.trim_end_matches('/').to_owned();
    let mut queued = 0;
    let assemblies = state.store.assemblies().await?;
    for (assembly_id, panel_id) in state.store.panels_in_follow_up().await? {
        let tracker = state.store.tracker(&panel_id, true).await?;
        let due = reminders(&panel_id, &tracker, now);
        if due.is_empty() {
            continue;
        }
        let Some(assembly) = assemblies.iter().find(|a| a.id == assembly_id) else {
            continue;
        };
        let Some(panel) = state
            .store
            .panels(&assembly_id)
            .await?
            .into_iter()
            .find(|p| p.id == panel_id)
        else {
            continue;
        };
        let link = format!(
            "{root}/a/{}/p/{}/tracker",
            assembly.slug.as_str(),
            panel.number
        );
        for reminder in due {
            let mut args = reminder.args.clone();
            args.push(("link", link.clone()));
            args.push(("panel", panel.number.to_string()));
            let (subject, body) = compose(reminder.kind, &args);
            for role in reminder.roles {
                for (account_id, email, _) in state.store.role_holders(&assembly_id, *role).await? {
                    let mail = OutgoingMail {
                        assembly_id: Some(assembly_id.clone()),
                        recipient: email,
                        subject: subject.clone(),
                        body: body.clone(),
                        dedup_key: Some(format!("reminder:{}:{account_id}", reminder.key)),
                    };
                    if state.store.enqueue_mail(&mail, now).await? {
                        queued += 1;
                    }
                }
            }
        }
    }
    Ok(queued)
}

/// Sends what waits in the outbox through the configured server; returns how many were sent.
/// Without a server it does nothing: messages stay on the outbox page.
pub async fn send_pending(state: &AppState) -> Result<usize, StoreError> {
    let Some(url) = &state.config.smtp_url else {
        return Ok(0);
    };
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(url) {
        Ok(builder) => builder.timeout(Some(Duration::from_secs(20))).build(),
        Err(error) => {
            tracing::error!(%error, "the smtp_url is not usable");
            return Ok(0);
        }
    };
    let now = state.now();
    let mut sent = 0;
    for mail in state.store.claim_unsent(now, 50).await? {
        let outcome = send_one(&transport, &state.config.mail_from, &mail).await;
        if outcome.is_ok() {
            sent += 1;
        } else {
            // The error text names the server's reply, never the message or its recipient.
            tracing::warn!(mail = %mail.id, "sending failed; will retry");
        }
        state.store.mark_mail(&mail.id, outcome, now).await?;
    }
    Ok(sent)
}

async fn send_one(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &str,
    mail: &Mail,
) -> Result<(), String> {
    let from: Mailbox = from.parse().map_err(|e| format!("mail_from: {e}"))?;
    let to: Mailbox = mail
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|e| format!("building the message: {e}"))?;
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| format!("mail server: {e}"))
}

/// Runs forever: reminders, then sending, every [`INTERVAL`].
pub async fn run(state: AppState) {
    let mut ticker = tokio::time::interval(INTERVAL);
    loop {
        ticker.tick().await;
        if let Err(error) = queue_reminders(&state).await {
            tracing::error!(%error, "queueing reminders");
        }
        if let Err(error) = send_pending(&state).await {
            tracing::error!(%error, "sending mail");
        }
    }
}
