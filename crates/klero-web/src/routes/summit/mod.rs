//! The summit day: organisers import the participants and run the plenary votes ([`hub`]),
//! staff check people in at the door ([`checkin`]), the people present are seated at tables
//! round by round ([`seating`]), participants vote on their phone with the
//! code they got at check-in ([`voter`]), and a projector shows the turnout and, once a vote
//! closes, its results, live ([`live`]). Organisers set the programme's rounds and merge the
//! tables' proposals into a shortlist ([`programme`]); facilitators enter their table's
//! proposals on a phone ([`tables`]).
//!
//! Every handler asks for its own action. The store checks what depends on the stored state (a
//! ballot only while its vote is open, only from a checked-in and eligible participant) in the
//! transaction that writes, so several server processes can share one database.

pub(crate) mod checkin;
pub(crate) mod hub;
pub(crate) mod live;
pub(crate) mod programme;
pub(crate) mod seating;
pub(crate) mod tables;
pub(crate) mod voter;

use crate::i18n;
use crate::pages::Page;
use crate::routes::PathParam;
use klero_domain::lang::Lang;
use klero_domain::summit::voting::{
    BallotKind, Figures, LEVELS, Results, VoteState, display_order,
};
use klero_store::{SummitTurnout, SummitVote};

/// `/a/{slug}/p/{n}/...`
pub(crate) type PanelPath = PathParam<(String, u32)>;
/// `/a/{slug}/p/{n}/.../{vote}`
pub(crate) type VotePath = PathParam<(String, u32, u32)>;
/// `/a/{slug}/p/{n}/.../{participant id}`
pub(crate) type PersonPath = PathParam<(String, u32, String)>;

/// A redirect to `rest` under the panel's summit pages (`/summit{rest}`).
pub(crate) fn back_to(
    at: &crate::routes::followup::InPanel,
    rest: &str,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    axum::response::Redirect::to(&format!("{}/summit{rest}", at.base())).into_response()
}

/// One option of a ballot form, in the order this voter sees them.
pub(crate) struct OptionField {
    /// The option's index in the vote (what the form submits).
    pub index: usize,
    pub text: String,
    /// For a choice: whether it is ticked; for the others, the value entered.
    pub checked: bool,
    pub value: String,
}

/// A ballot form: the vote and its options in the voter's order, with what was entered.
pub(crate) struct BallotForm {
    pub number: u32,
    /// What the form's element ids start with (`v3`, or `paper`).
    pub prefix: String,
    pub question: String,
    /// `one`, `several`, `rank`, `points` or `agreement`.
    pub kind: &'static str,
    pub instructions: String,
    pub options: Vec<OptionField>,
    /// The scale's levels and their names, for agreement votes.
    pub levels: Vec<(u8, String)>,
    /// The most points, for points votes.
    pub budget: u32,
    pub errors: Vec<&'static str>,
}

impl BallotForm {
    /// The form of `vote` for the voter with key `voter` (options in their own order), filled
    /// with `values` (name and value pairs as submitted).
    pub(crate) fn new(
        page: &Page,
        vote: &SummitVote,
        voter: &str,
        values: &[(String, String)],
        errors: Vec<&'static str>,
    ) -> BallotForm {
        let spec = &vote.spec;
        let n = spec.options().len();
        let order = if voter.is_empty() {
            (0..n).collect()
        } else {
            display_order(&vote.id, voter, n)
        };
        let (kind, field, budget, instructions) = match spec.kind() {
            BallotKind::ChooseOne => ("one", "choice", 0, page.t("ballot-help-one")),
            BallotKind::ChooseUpTo { k } => (
                "several",
                "choice",
                0,
                page.t1("ballot-help-several", "k", k),
            ),
            BallotKind::Rank => ("rank", "rank", 0, page.t("ballot-help-rank")),
            BallotKind::Points { budget } => (
                "points",
                "points",
                budget,
                page.t1("ballot-help-points", "budget", budget),
            ),
            BallotKind::Agreement => ("agreement", "level", 0, page.t("ballot-help-agreement")),
        };
        let options = order
            .into_iter()
            .filter_map(|index| {
                let text = spec.options().get(index)?.clone();
                let (checked, value) = if field == "choice" {
                    let ticked = values
                        .iter()
                        .any(|(k, v)| k == "choice" && v.trim() == index.to_string());
                    (ticked, String::new())
                } else {
                    let name = format!("{field}_{index}");
                    let value = values
                        .iter()
                        .rev()
                        .find(|(k, _)| *k == name)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default();
                    (false, value)
                };
                Some(OptionField {
                    index,
                    text,
                    checked,
                    value,
                })
            })
            .collect();
        BallotForm {
            number: vote.number,
            prefix: if voter.is_empty() {
                "paper".to_owned()
            } else {
                format!("v{}", vote.number)
            },
            question: spec.question().to_owned(),
            kind,
            instructions,
            options,
            levels: (1..=LEVELS)
                .map(|l| (l, page.t(&format!("ballot-level-{l}"))))
                .collect(),
            budget,
            errors,
        }
    }

    /// Whether the level `level` is the one entered for `option`.
    pub(crate) fn level_is(&self, option: &OptionField, level: &u8) -> bool {
        option.value.trim() == level.to_string()
    }
}

/// One option's line in the results, best first.
pub(crate) struct ResultRow {
    pub place: usize,
    pub tied: bool,
    pub option: String,
    /// The headline figure, in words ("412 votes").
    pub figure: String,
    /// More detail (first preferences, the answers per level...).
    pub detail: String,
    /// The headline figure as a share of the largest possible, from 0 to 100.
    pub percent: u64,
}

/// A vote as the projector, the results page and the organisers show it.
pub(crate) struct VoteView {
    pub number: u32,
    pub question: String,
    pub state: &'static str,
    pub state_text: String,
    pub kind_text: String,
    pub eligibility_text: String,
    pub options: Vec<String>,
    /// Ballots so far, and how many may vote (while open); the count once closed.
    pub turnout_text: String,
    /// Ballots as a share of those who may vote, 0 to 100.
    pub turnout_percent: u64,
    pub results: Vec<ResultRow>,
    pub results_summary: String,
}

impl VoteView {
    pub(crate) fn new(page: &Page, vote: &SummitVote, turnout: &SummitTurnout) -> VoteView {
        let spec = &vote.spec;
        let cast = turnout.phone + turnout.paper;
        let (results, results_summary) = match &vote.results {
            Some(results) if vote.state == VoteState::Closed => {
                (result_rows(page, results), results_text(page, results))
            }
            _ => (Vec::new(), String::new()),
        };
        VoteView {
            number: vote.number,
            question: spec.question().to_owned(),
            state: vote.state.as_str(),
            state_text: page.t(&format!("vote-state-{}", vote.state.as_str())),
            kind_text: kind_text(page, spec.kind()),
            eligibility_text: page.t(&format!(
                "vote-eligibility-{}",
                spec.eligibility().as_str().replace('_', "-")
            )),
            options: spec.options().to_vec(),
            turnout_text: page.t2(
                "vote-turnout",
                "cast",
                &cast.to_string(),
                "eligible",
                &turnout.eligible.to_string(),
            ),
            turnout_percent: percent(cast, turnout.eligible),
            results,
            results_summary,
        }
    }
}

/// `part` as a share of `whole`, written the reader's way with one decimal (`35,9 %`).
fn exact_percent(page: &Page, part: u64, whole: u64) -> String {
    let share = if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    };
    i18n::format_percent(page.lang, share, 1)
}

fn percent(part: u64, whole: u64) -> u64 {
    part.saturating_mul(100)
        .checked_div(whole)
        .map_or(0, |share| share.min(100))
}

pub(crate) fn kind_text(page: &Page, kind: BallotKind) -> String {
    match kind {
        BallotKind::ChooseOne => page.t("vote-kind-choose-one"),
        BallotKind::ChooseUpTo { k } => page.t1("vote-kind-choose-up-to-k", "k", k),
        BallotKind::Rank => page.t("vote-kind-rank"),
        BallotKind::Points { budget } => page.t1("vote-kind-points-budget", "budget", budget),
        BallotKind::Agreement => page.t("vote-kind-agreement"),
    }
}

fn results_text(page: &Page, results: &Results) -> String {
    let t = results.turnout();
    page.t2(
        "vote-results-summary",
        "counted",
        &t.counted.to_string(),
        "abstentions",
        &t.abstentions.to_string(),
    )
}

fn result_rows(page: &Page, results: &Results) -> Vec<ResultRow> {
    let options = results.spec().options();
    let counted = results.turnout().counted;
    let n = options.len() as u64;
    let row = |i: usize, figure: String, detail: String, percent: u64| (i, figure, detail, percent);
    let lines: Vec<(usize, String, String, u64)> = match results.figures() {
        Figures::Choice { votes } => votes
            .iter()
            .enumerate()
            .map(|(i, &v)| {
                let share = percent(v, counted);
                row(
                    i,
                    page.t1("vote-figure-votes", "n", v),
                    exact_percent(page, v, counted),
                    share,
                )
            })
            .collect(),
        Figures::Rank { borda, first, .. } => {
            let most = counted.saturating_mul(n.saturating_sub(1));
            borda
                .iter()
                .zip(first)
                .enumerate()
                .map(|(i, (&b, &f))| {
                    row(
                        i,
                        page.t1("vote-figure-borda", "n", b),
                        page.t1("vote-figure-first", "n", f),
                        percent(b, most),
                    )
                })
                .collect()
        }
        Figures::Points { points } => {
            let total: u64 = points.iter().sum();
            points
                .iter()
                .enumerate()
                .map(|(i, &p)| {
                    let share = percent(p, total);
                    row(
                        i,
                        page.t1("vote-figure-points", "n", p),
                        exact_percent(page, p, total),
                        share,
                    )
                })
                .collect()
        }
        Figures::Agreement { options } => options
            .iter()
            .enumerate()
            .map(|(i, figures)| {
                let mean = figures
                    .mean
                    .map_or_else(|| "–".to_owned(), |m| i18n::number(page.lang, m, 1));
                let levels = figures
                    .levels
                    .iter()
                    .zip(1..)
                    .map(|(count, level)| format!("{level}: {count}"))
                    .collect::<Vec<_>>()
                    .join(" · ");
                let share = figures
                    .mean
                    .map_or(0, |m| ((m - 1.0) / 4.0 * 100.0).clamp(0.0, 100.0) as u64);
                row(
                    i,
                    page.t1("vote-figure-mean", "mean", mean),
                    page.t2(
                        "vote-figure-levels",
                        "levels",
                        &levels,
                        "answers",
                        &figures.answers.to_string(),
                    ),
                    share,
                )
            })
            .collect(),
    };
    results
        .ranking()
        .iter()
        .filter_map(|place| {
            let (_, figure, detail, percent) = lines.iter().find(|l| l.0 == place.option)?;
            Some(ResultRow {
                place: place.place,
                tied: place.tied,
                option: options.get(place.option)?.clone(),
                figure: figure.clone(),
                detail: detail.clone(),
                percent: *percent,
            })
        })
        .collect()
}

/// The platform languages of a table language (`fr+nl`: French, then Dutch); the reader's
/// language when the table speaks none of them. What a table's card and its round are shown in.
pub(crate) fn table_langs(table_language: &str, reader: Lang) -> Vec<Lang> {
    let mut langs: Vec<Lang> = Vec::new();
    for code in table_language.split('+').map(str::trim) {
        if let Some(lang) = Lang::parse(code)
            && code.len() == 2
            && !langs.contains(&lang)
        {
            langs.push(lang);
        }
    }
    if langs.is_empty() {
        langs.push(reader);
    }
    langs
}

/// A JSON reply (for the scripts), never cached.
pub(crate) fn json_reply(
    status: axum::http::StatusCode,
    value: &impl serde::Serialize,
) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    let body = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}
