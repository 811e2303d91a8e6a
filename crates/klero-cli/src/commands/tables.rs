//! `klero tables`: seats the people present at a summit at tables for several rounds (the
//! rules are in [`RULES`] and `klero_tables`), and writes `seating.csv`.

use crate::failure::{BadInput, FAILED, problem};
use anyhow::Context as _;
use clap::Args;
use klero_pool::formula::neutralise;
use klero_pool::present::{self, PresentOptions, SeatRow};
use klero_pool::{Kind, Problem, Source};
use klero_tables::{At, Field, KeptSeat, Room, SeatError, Seating, Settings};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The rules of the seating, for `--help`.
const RULES: &str = "\
How tables are set:
  Languages   Everyone at a table speaks its language (a cell may list several, separated by
              `;`). A table `fr+nl` (--bilingual fr+nl) has a translator: anyone speaking fr or
              nl may sit there; such tables are used only when needed. A table keeps its
              language in every round; people who speak several languages may change group.
  Sizes       --tables, else ceil(people / --table-size) tables, as even as the languages
              allow (sizes differ by at most one when possible), never below --min-table-size.
  Balance     Each --balance column: every table's count of each value within the floor and
              ceiling of its proportional share, computed over the table's language group in
              that round, as far as the room allows; the summary gives the largest deviation.
  Rounds      Nobody meets the same person twice where that is possible.
  Pins        --pin-column holds a table number: that person sits there in every round.
  Keep        --keep reads a previous seating.csv: people still present keep their seats,
              absent ones are dropped, newcomers join the tables where they fit best (sizes may
              then differ by more than one; the summary says so). The tables stay those of the
              previous seating unless --tables asks for more.
  Facilitators --facilitators (an id and the language column): one per table, in a language
              they speak, at the same table every round.
  Seed        The same files and --seed (default: empty) give the same seating.csv anywhere.
  Problems    Bad input: every problem as FILE:LINE: column `NAME`: message (exit code 2).
              Languages or facilitators that cannot be satisfied: explained (exit code 1).";

/// Options of `klero tables`.
#[derive(Debug, Args)]
#[command(after_long_help = RULES)]
pub struct TablesArgs {
    /// The people present (CSV or spreadsheet): an id, a language column, balance columns.
    #[arg(long, value_name = "FILE")]
    people: PathBuf,
    /// People per table (the number of tables is the people divided by this, rounded up).
    #[arg(long, value_name = "S")]
    table_size: u32,
    /// Rounds of discussion.
    #[arg(long, value_name = "R")]
    rounds: u32,
    /// The id column [default: `id`, else the first column].
    #[arg(long, value_name = "COLUMN")]
    id_column: Option<String>,
    /// The column of languages each person speaks (several separated by `;`).
    #[arg(long, value_name = "COLUMN", default_value = "language")]
    language_column: String,
    /// Columns each table should mirror (gender, age group, area...).
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    balance: Vec<String>,
    /// The seed text; the same files and seed give the same seating.
    #[arg(long, value_name = "TEXT", default_value = "")]
    seed: String,
    /// The folder to write `seating.csv` to (created if needed).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The number of tables [default: people / table size, rounded up].
    #[arg(long, value_name = "N")]
    tables: Option<u32>,
    /// No table with fewer people than this.
    #[arg(long, value_name = "M", default_value_t = 2)]
    min_table_size: u32,
    /// Two languages that may share a table with a translator, as `fr+nl`; may be repeated.
    #[arg(long, value_name = "A+B")]
    bilingual: Vec<String>,
    /// A column holding the table (from 1) a person sits at in every round.
    #[arg(long, value_name = "COLUMN")]
    pin_column: Option<String>,
    /// A previous seating.csv: people still present keep their seats.
    #[arg(long, value_name = "FILE")]
    keep: Option<PathBuf>,
    /// Facilitators (CSV or spreadsheet): an id and the language column; one per table.
    #[arg(long, value_name = "FILE")]
    facilitators: Option<PathBuf>,
}

/// A file read whole, or a problem.
fn read(path: &Path, problems: &mut Vec<Problem>) -> Option<(String, Vec<u8>)> {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => Some((name, bytes)),
        Err(e) => {
            problems.push(problem(&name, format!("cannot read the file: {e}")));
            None
        }
    }
}

fn source<'a>(path: &Path, (name, bytes): &'a (String, Vec<u8>)) -> Source<'a> {
    Source {
        name,
        bytes,
        kind: Kind::from_path(path),
    }
}

pub fn run(args: TablesArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let mut problems = Vec::new();
    let people_file = read(&args.people, &mut problems);
    let facilitators_file = args
        .facilitators
        .as_ref()
        .and_then(|p| Some((p, read(p, &mut problems)?)));
    let keep_file = args
        .keep
        .as_ref()
        .and_then(|p| Some((p, read(p, &mut problems)?)));
    let options = PresentOptions {
        id_column: args.id_column.clone(),
        language_column: args.language_column.clone(),
        balance_columns: args.balance.clone(),
        pin_column: args.pin_column.clone(),
    };
    let present = people_file.as_ref().and_then(|f| {
        present::read_present(&source(&args.people, f), &options)
            .map_err(|p| problems.extend(p))
            .ok()
    });
    let facilitators = facilitators_file.as_ref().and_then(|(path, f)| {
        present::read_facilitators(
            &source(path, f),
            args.id_column.as_deref(),
            &args.language_column,
        )
        .map_err(|p| problems.extend(p))
        .ok()
    });
    let kept: Option<Vec<SeatRow>> = keep_file.as_ref().and_then(|(path, f)| {
        present::read_seating(&source(path, f))
            .map_err(|p| problems.extend(p))
            .ok()
    });
    let Some(present) = present else {
        return Err(BadInput(problems).into());
    };
    if !problems.is_empty() {
        return Err(BadInput(problems).into());
    }
    let kept = kept.unwrap_or_default();
    let room = Room {
        people: present
            .people
            .iter()
            .map(|p| klero_tables::Person {
                id: p.id.clone(),
                languages: p.languages.clone(),
                values: p.values.clone(),
                pin: p.pin,
            })
            .collect(),
        balance: args.balance.iter().map(|b| b.trim().to_owned()).collect(),
        facilitators: facilitators
            .as_ref()
            .map(|f| {
                f.facilitators
                    .iter()
                    .map(|f| klero_tables::Facilitator {
                        id: f.id.clone(),
                        languages: f.languages.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        kept: kept
            .iter()
            .map(|s| KeptSeat {
                id: s.id.clone(),
                round: s.round,
                table: s.table,
                table_language: s.table_language.clone(),
                facilitator: s.facilitator,
            })
            .collect(),
    };
    let settings = Settings {
        table_size: args.table_size,
        rounds: args.rounds,
        tables: args.tables,
        min_table_size: args.min_table_size,
        bilingual: args.bilingual.clone(),
        translated_tables: Vec::new(),
        seed: args.seed.clone(),
    };
    let seating = match klero_tables::seat(&room, &settings) {
        Ok(seating) => seating,
        Err(SeatError::Invalid(issues)) => {
            let files = Files {
                people: (&args.people, &present),
                facilitators: facilitators.as_ref().zip(args.facilitators.as_deref()),
                kept: args.keep.as_deref().map(|p| (p, kept.as_slice())),
            };
            let problems = issues.into_iter().map(|i| files.locate(i)).collect();
            return Err(BadInput(problems).into());
        }
        Err(SeatError::Infeasible(reasons)) => {
            eprintln!("infeasible: the room cannot be seated by the rules");
            for reason in reasons {
                eprintln!("  {reason}");
            }
            return Ok(ExitCode::from(FAILED));
        }
    };
    let path = args.out.join("seating.csv");
    write(&room, &seating, &args.out, &path)
        .with_context(|| format!("writing {}", path.display()))?;
    summary(&args, &settings, &seating, start);
    println!("written: {}", path.display());
    Ok(ExitCode::SUCCESS)
}

/// The files behind the room, to locate the library's issues.
struct Files<'a> {
    people: (&'a Path, &'a present::Present),
    facilitators: Option<(&'a present::Facilitators, &'a Path)>,
    kept: Option<(&'a Path, &'a [SeatRow])>,
}

impl Files<'_> {
    fn locate(&self, issue: klero_tables::Issue) -> Problem {
        let at = |path: &Path, line: Option<u64>, column: Option<String>| Problem {
            file: path.display().to_string(),
            line,
            column,
            message: issue.message.clone(),
        };
        match issue.at {
            At::Setting(flag) => problem(flag, issue.message.clone()),
            At::Person(i, field) => {
                let (path, present) = self.people;
                let column = match field {
                    Field::Id => Some(present.id_column.clone()),
                    Field::Languages => Some(present.language_column.clone()),
                    Field::Pin => present.pin_column.clone(),
                    _ => None,
                };
                at(path, present.people.get(i).map(|p| p.line), column)
            }
            At::Facilitator(i, field) => match self.facilitators {
                Some((file, path)) => {
                    let column = match field {
                        Field::Languages => file.language_column.clone(),
                        _ => file.id_column.clone(),
                    };
                    at(path, file.facilitators.get(i).map(|f| f.line), Some(column))
                }
                None => problem("--facilitators", issue.message.clone()),
            },
            At::Kept(i, field) => match self.kept {
                Some((path, rows)) => {
                    let column = match field {
                        Field::Round => "round",
                        Field::Table => "table",
                        Field::TableLanguage => "table_language",
                        _ => "id",
                    };
                    at(path, rows.get(i).map(|r| r.line), Some(column.to_owned()))
                }
                None => problem("--keep", issue.message.clone()),
            },
        }
    }
}

/// Writes `seating.csv` (to a temporary file, renamed when complete): per round and table, the
/// facilitator first, then the people in file order. Ids and languages are the organiser's
/// text, written with formulas neutralised (`klero_pool::formula`).
fn write(room: &Room, seating: &Seating, dir: &Path, path: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let partial = dir.join(".seating.csv.partial");
    let mut out = csv::Writer::from_path(&partial)?;
    out.write_record(["round", "table", "table_language", "id", "role"])?;
    for (r, round) in seating.rounds.iter().enumerate() {
        for (t, people) in round.iter().enumerate() {
            let (round, table) = ((r + 1).to_string(), (t + 1).to_string());
            let language = neutralise(seating.table_languages.get(t).map_or("", String::as_str));
            let language = language.as_ref();
            let facilitator = seating
                .facilitators
                .get(t)
                .copied()
                .flatten()
                .and_then(|f| room.facilitators.get(f));
            if let Some(f) = facilitator {
                let id = neutralise(&f.id);
                out.write_record([
                    round.as_str(),
                    table.as_str(),
                    language,
                    id.as_ref(),
                    "facilitator",
                ])?;
            }
            for &p in people {
                let id = neutralise(room.people.get(p).map_or("", |p| p.id.as_str()));
                out.write_record([
                    round.as_str(),
                    table.as_str(),
                    language,
                    id.as_ref(),
                    "participant",
                ])?;
            }
        }
    }
    out.flush()?;
    drop(out);
    std::fs::rename(&partial, path)?;
    Ok(())
}

fn summary(args: &TablesArgs, settings: &Settings, seating: &Seating, start: Instant) {
    let report = &seating.report;
    println!("seed: {:?}", settings.seed);
    println!("people: {}", report.people);
    let per_language: Vec<String> = report
        .tables_per_language
        .iter()
        .map(|(l, k)| format!("{l}: {k}"))
        .collect();
    println!(
        "tables: {} ({}), {} to {} people",
        seating.table_languages.len(),
        per_language.join(", "),
        report.smallest_table,
        report.largest_table
    );
    println!("rounds: {}", report.rounds);
    println!("repeated pairs: {}", report.repeated_pairs);
    if !report.balance.is_empty() {
        println!(
            "max deviation from proportional (per table, over its language group; table-rounds \
             outside floor/ceil):"
        );
        for b in &report.balance {
            println!(
                "  {}: {:.2} ({})",
                b.column, b.max_deviation, b.tables_outside
            );
        }
    }
    if args.facilitators.is_some() {
        println!("facilitators: {} tables", report.facilitated_tables);
    }
    if args.keep.is_some() {
        println!(
            "kept: {} newcomers added, {} absent dropped{}",
            report.added,
            report.dropped.len(),
            if report.dropped.is_empty() {
                String::new()
            } else {
                format!(" ({})", report.dropped.join(", "))
            }
        );
    }
    if report.largest_table > report.smallest_table + 1 {
        println!(
            "note: table sizes differ by more than one ({} to {}), because of the languages, pins \
             or kept seats",
            report.smallest_table, report.largest_table
        );
    }
    println!("time: {:.3} s", start.elapsed().as_secs_f64());
}
