//! The names of a bundle's files.

/// The selected panel: `id,<features...>`.
pub const PANEL: &str = "panel.csv";
/// The ordered reserve list: `rank,id,<features...>`.
pub const RESERVES: &str = "reserves.csv";
/// Everyone's probability: `id,probability,lottery_probability`.
pub const PROBABILITIES: &str = "probabilities.csv";
/// The lottery published before the seed: everyone's chances, the lottery's distinct panels, the
/// exact distribution and its certificate (the commitment covers it).
pub const LOTTERY: &str = "lottery.json";
/// The report for people, as a web page.
pub const REPORT_HTML: &str = "report.html";
/// The report for people, as Markdown.
pub const REPORT_MD: &str = "report.md";
/// The canonical quotas.
pub const INPUT_FEATURES: &str = "input/features.csv";
/// The canonical, pseudonymised pool.
pub const INPUT_PEOPLE: &str = "input/people.csv";
/// The settings, the seed and the commitment.
pub const SETTINGS: &str = "settings.json";
/// `sha256sum` lines over every other file.
pub const SUMS: &str = "SHA256SUMS";

/// Every file of a bundle except `SHA256SUMS`, in the order they are written and listed.
pub const FILES: [&str; 9] = [
    PANEL,
    RESERVES,
    PROBABILITIES,
    LOTTERY,
    REPORT_HTML,
    REPORT_MD,
    INPUT_FEATURES,
    INPUT_PEOPLE,
    SETTINGS,
];
