//! `klero demo`: the platform with demonstration data, in a fresh database, with the accounts
//! printed at start. The temporary folder (database, register) is removed when the server stops.

use super::serve::{Settings, init_logging, open_store, runtime, serve};
use anyhow::Context as _;
use clap::Args;
use std::process::ExitCode;

/// Options of `klero demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    settings: Settings,
    /// The password of every demonstration account [default: a fresh random one, printed].
    #[arg(
        long,
        value_name = "TEXT",
        env = "KLERO_DEMO_PASSWORD",
        hide_env_values = true
    )]
    password: Option<String>,
    /// Residents in the synthetic population register written beside the database.
    #[arg(long, value_name = "N", default_value_t = 20_000)]
    residents: usize,
}

pub fn run(args: DemoArgs) -> anyhow::Result<ExitCode> {
    let mut config = args.settings.resolve()?;
    let dir = std::env::temp_dir().join(format!("kleroterion-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    if args.settings.database_url.is_none() && args.settings.config.is_none() {
        config.database_url = format!("sqlite://{}", dir.join("demo.db").display());
    }
    let password = match args.password {
        Some(p) => p,
        None => {
            let token = klero_store::random_token().context("drawing a password")?;
            format!("demo-{}", &token[..12])
        }
    };
    let register = dir.join("register.csv");
    let file = std::fs::File::create(&register)
        .with_context(|| format!("creating {}", register.display()))?;
    klero_demo::write_register(klero_demo::resident_stream(args.residents, 2011), file)
        .with_context(|| format!("writing {}", register.display()))?;
    init_logging();
    runtime()?.block_on(async {
        let store = open_store(&config).await?;
        let now = (klero_web::system_clock())();
        let accounts = klero_demo::load(&store, &password, now)
            .await
            .context("loading the demonstration")?;
        println!("Kleroterion demonstration");
        println!("  open:     {}/", config.public_url.trim_end_matches('/'));
        println!(
            "  register: {} ({} synthetic residents)",
            register.display(),
            args.residents
        );
        println!("  accounts (password for all: {password}):");
        for account in &accounts {
            println!("    {:<22} {}", account.label, account.email);
        }
        let served = serve(config, store.clone()).await;
        store.close().await;
        served
    })?;
    // The demonstration's folder (its database and register) is temporary: remove it once the
    // server has stopped, so repeated demonstrations leave nothing behind.
    let _ = std::fs::remove_dir_all(&dir);
    Ok(ExitCode::SUCCESS)
}
