//! `klero invite-admin`: prints a one-time link that makes its user a platform administrator.

use super::serve::{Settings, open_store, runtime};
use anyhow::Context as _;
use clap::Args;
use klero_domain::input::Email;
use klero_store::Actor;
use std::process::ExitCode;

/// Options of `klero invite-admin`.
#[derive(Debug, Args)]
pub struct InviteAdminArgs {
    #[command(flatten)]
    settings: Settings,
    /// The address of the person to invite.
    #[arg(long, value_name = "ADDRESS")]
    email: String,
}

pub fn run(args: InviteAdminArgs) -> anyhow::Result<ExitCode> {
    let email = Email::parse(&args.email)
        .ok_or_else(|| crate::failure::bad_argument("--email", "not an e-mail address"))?;
    let config = args.settings.resolve()?;
    let token = runtime()?.block_on(async {
        let store = open_store(&config).await?;
        let now = (klero_web::system_clock())();
        store
            .create_invitation(&email, None, &Actor::System, now)
            .await
            .context("creating the invitation")
    })?;
    println!(
        "{}/invitation/{token}",
        config.public_url.trim_end_matches('/')
    );
    eprintln!("klero: this link works once, for 14 days; it cannot be shown again.");
    Ok(ExitCode::SUCCESS)
}
