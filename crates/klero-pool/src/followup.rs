//! A panel's follow-up tracker as open-data CSV ([`write_tracker_csv`]), read back from CSV or a
//! spreadsheet ([`read_tracker`]), which also reads a plain list of recommendations.
//!
//! The CSV has one row per recommendation and review round (see [`TRACKER_COLUMNS`] and
//! `docs/open-data.md`). It holds what the public needs to follow each recommendation, not the
//! whole history: a round's changes of due date, the commission's comments and who judged what,
//! its questions and the public timeline are only in the JSON export (the serde form of
//! [`Tracker`]). Reading validates every row through the domain's own rules
//! ([`RecommendationInput::parse`], [`AnswerInput::parse`]) and reports every problem at once,
//! located by file, line and column, in English words.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::Path;

use klero_domain::assembly::Date;
use klero_domain::followup::input::RecommendationInput;
use klero_domain::followup::input::{AnswerInput, MAX_NUMBER, MIN_JUSTIFICATION, milestones_text};
use klero_domain::followup::moment::{iso8601, parse_moment};
use klero_domain::followup::tracker::{Answer, Round, RoundChange, Tracker, VerdictRecord};
use klero_domain::followup::{Position, Verdict};
use klero_domain::input::{FieldErrors, MAX_TITLE, RawForm};
use klero_domain::lang::{Lang, Localised};

use crate::table::{self, Row};
use crate::{Kind, Problem, Source, key};

/// Columns of the open-data CSV, in order (documented in docs/open-data.md).
pub const TRACKER_COLUMNS: &[&str] = &[
    "number",
    "title_nl",
    "title_fr",
    "title_en",
    "title_de",
    "text_nl",
    "text_fr",
    "text_en",
    "text_de",
    "theme_nl",
    "theme_fr",
    "theme_en",
    "theme_de",
    "vote_for",
    "vote_against",
    "vote_abstain",
    "vote_rule",
    "handed_over_on",
    "round",
    "round_label_nl",
    "round_label_fr",
    "round_label_en",
    "round_label_de",
    "round_months",
    "round_due_on",
    "round_published_at",
    "position",
    "referred_to",
    "measures_nl",
    "measures_fr",
    "measures_en",
    "measures_de",
    "justification_nl",
    "justification_fr",
    "justification_en",
    "justification_de",
    "department",
    "budget",
    "deadline",
    "progress",
    "milestones",
    "answered_at",
    "answer_published_at",
    "verdicts_satisfied",
    "verdicts_partly",
    "verdicts_not_satisfied",
    "status",
    "overdue_days",
];

/// The columns of a recommendation (a plain recommendations list has only these).
const RECOMMENDATION_COLUMNS: [&str; 17] = [
    "number",
    "title_nl",
    "title_fr",
    "title_en",
    "title_de",
    "text_nl",
    "text_fr",
    "text_en",
    "text_de",
    "theme_nl",
    "theme_fr",
    "theme_en",
    "theme_de",
    "vote_for",
    "vote_against",
    "vote_abstain",
    "vote_rule",
];

/// The columns of a review round but its number: the same on every row of the round.
const ROUND_DETAIL_COLUMNS: [&str; 7] = [
    "round_label_nl",
    "round_label_fr",
    "round_label_en",
    "round_label_de",
    "round_months",
    "round_due_on",
    "round_published_at",
];

/// The columns of an answer, as [`AnswerInput::parse`] names its fields, then `answered_at`
/// and `answer_published_at`.
const ANSWER_COLUMNS: [&str; 17] = [
    "position",
    "referred_to",
    "measures_nl",
    "measures_fr",
    "measures_en",
    "measures_de",
    "justification_nl",
    "justification_fr",
    "justification_en",
    "justification_de",
    "department",
    "budget",
    "deadline",
    "progress",
    "milestones",
    "answered_at",
    "answer_published_at",
];

/// The verdict count columns, in [`Verdict::ALL`]'s order.
const VERDICT_COLUMNS: [&str; 3] = [
    "verdicts_satisfied",
    "verdicts_partly",
    "verdicts_not_satisfied",
];

/// The highest round number read.
const MAX_ROUND: u32 = 9_999;
/// The most months after the handover a round is read with.
const MAX_MONTHS: u32 = 1_200;
/// The most verdicts of one kind on one answer.
const MAX_VERDICTS_PER_CELL: u32 = 10_000;
/// The most verdicts in one file, so that no file can make the reader allocate without bound.
const MAX_VERDICTS: u64 = 1_000_000;

/// Writes a tracker as CSV: one row per (recommendation, round) in recommendation order then
/// round number order; a recommendation with no rounds gets one row with the round columns
/// empty. `now` (seconds since epoch) is used only for the computed columns `status` and
/// `overdue_days` (from `tracker.status(number, now)`).
///
/// Recommendations and rounds are written by number. The columns are [`TRACKER_COLUMNS`];
/// lines end with `\n`; a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
/// (after any apostrophes) gets an apostrophe in front, so that no spreadsheet runs it as a
/// formula ([`crate::formula`]; [`read_tracker`] removes it); a cell is quoted when it holds
/// `,`, `;`, a tab, a quote or a line break, or starts or ends with white space. A tracker
/// without recommendations is written as the header alone.
pub fn write_tracker_csv(tracker: &Tracker, now: i64) -> String {
    let mut out = String::new();
    push_line(&mut out, TRACKER_COLUMNS.iter().copied());
    let mut recommendations: Vec<&RecommendationInput> = tracker.recommendations.iter().collect();
    recommendations.sort_by_key(|r| r.number);
    let mut rounds: Vec<&Round> = tracker.rounds.iter().collect();
    rounds.sort_by_key(|r| r.number);
    for rec in recommendations {
        if rounds.is_empty() {
            let row = row_cells(tracker, rec, None, now);
            push_line(&mut out, TRACKER_COLUMNS.iter().map(|c| cell_of(&row, c)));
        }
        for round in &rounds {
            let row = row_cells(tracker, rec, Some(round), now);
            push_line(&mut out, TRACKER_COLUMNS.iter().map(|c| cell_of(&row, c)));
        }
    }
    out
}

fn cell_of<'a>(row: &'a RawForm, column: &str) -> &'a str {
    row.get(column).map_or("", String::as_str)
}

/// The cells of one row, by column name (absent: empty).
fn row_cells(
    tracker: &Tracker,
    rec: &RecommendationInput,
    round: Option<&Round>,
    now: i64,
) -> RawForm {
    let mut row = RawForm::new();
    row.insert("number".to_owned(), rec.number.to_string());
    put_localised(&mut row, "title", &rec.title);
    put_localised(&mut row, "text", &rec.text);
    put_localised(&mut row, "theme", &rec.theme);
    if let Some(vote) = &rec.vote {
        row.insert("vote_for".to_owned(), vote.r#for.to_string());
        row.insert("vote_against".to_owned(), vote.against.to_string());
        row.insert("vote_abstain".to_owned(), vote.abstain.to_string());
        row.insert("vote_rule".to_owned(), vote.rule.clone());
    }
    if let Some(date) = tracker.handed_over_on {
        row.insert("handed_over_on".to_owned(), date.to_string());
    }
    if let Some(round) = round {
        row.insert("round".to_owned(), round.number.to_string());
        put_localised(&mut row, "round_label", &round.label);
        if let Some(months) = round.months {
            row.insert("round_months".to_owned(), months.to_string());
        }
        row.insert("round_due_on".to_owned(), round.due_on.to_string());
        if let Some(at) = round.published_at {
            row.insert("round_published_at".to_owned(), iso8601(at));
        }
        if let Some(answer) = tracker.answer(rec.number, round.number) {
            let body = &answer.body;
            row.insert("position".to_owned(), body.position.as_str().to_owned());
            row.insert("referred_to".to_owned(), body.referred_to.clone());
            put_localised(&mut row, "measures", &body.measures);
            put_localised(&mut row, "justification", &body.justification);
            row.insert("department".to_owned(), body.department.clone());
            row.insert("budget".to_owned(), body.budget.clone());
            if let Some(deadline) = body.deadline {
                row.insert("deadline".to_owned(), deadline.to_string());
            }
            row.insert("progress".to_owned(), body.progress.to_string());
            row.insert("milestones".to_owned(), milestones_text(&body.milestones));
            row.insert("answered_at".to_owned(), iso8601(answer.updated_at));
            if let Some(at) = answer.published_at {
                row.insert("answer_published_at".to_owned(), iso8601(at));
            }
        }
        let counts = tracker.verdict_counts(rec.number, round.number);
        for (column, count) in VERDICT_COLUMNS.into_iter().zip(counts) {
            row.insert(column.to_owned(), count.to_string());
        }
    }
    let status = tracker.status(rec.number, now);
    row.insert(
        "status".to_owned(),
        status
            .position
            .map_or("unanswered", Position::as_str)
            .to_owned(),
    );
    row.insert("overdue_days".to_owned(), status.overdue_days.to_string());
    row
}

fn put_localised(row: &mut RawForm, prefix: &str, text: &Localised) {
    for (lang, t) in text.iter() {
        row.insert(format!("{prefix}_{}", lang.code()), t.to_owned());
    }
}

/// Appends one CSV line, each cell with formulas neutralised ([`crate::formula::neutralise`]):
/// numbers here are counts, dates and times, never negative, so only typed text changes.
fn push_line<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = crate::formula::neutralise(cell);
        let needs_quotes = cell.contains([',', ';', '\t', '"', '\n', '\r'])
            || cell.starts_with(char::is_whitespace)
            || cell.ends_with(char::is_whitespace);
        if needs_quotes {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push('\n');
}

/// Reads the CSV written by `write_tracker_csv` (or a spreadsheet with the same header) back
/// into a Tracker. `file` names the file in problems; `bytes` is its content; spreadsheet when
/// `file` ends in .xlsx/.xls/.ods (case-insensitive), else CSV.
///
/// Also reads a plain recommendations list: a header with only `number`, `title_xx`, `text_xx`,
/// `theme_xx` and `vote_*` columns gives a tracker with only recommendations. Column names are
/// matched trimmed and case-insensitively, in any order; `number`, one `title_xx` and one
/// `text_xx` are required, the other columns may be left out (read as empty). `status` and
/// `overdue_days` are computed by the writer and ignored here.
///
/// What is rebuilt: recommendations (each the same on all its rows) and rounds (each the same on
/// all its rows), by number; the handover date (the same wherever given); answers from the rows
/// with an answer, `updated_at` being `answered_at` (0 when empty) and `published_at`
/// `answer_published_at` (when empty, the round's publication, if it is published); and, from the three counts,
/// that many anonymous verdicts with an empty comment, dated the round's publication (or 0).
/// Round histories are only in the JSON export: each round gets one change, its creation
/// (`at` = its publication or 0, `from` = `None`, `to` = its due date, no reason). Questions
/// and the timeline are not in the CSV and come back empty.
pub fn read_tracker(file: &str, bytes: &[u8]) -> Result<Tracker, Vec<Problem>> {
    let source = Source {
        name: file,
        bytes,
        kind: Kind::from_path(Path::new(file)),
    };
    let mut reader = Reader {
        file,
        problems: Vec::new(),
        columns: HashMap::new(),
    };
    let table = table::read(&source, &mut reader.problems);
    let Some(header) = table.header else {
        if reader.problems.is_empty() {
            reader.problem(
                None,
                None,
                "the file is empty: it needs a header line naming its columns \
                 (at least `number`, a `title_xx` and a `text_xx`)"
                    .to_owned(),
            );
        }
        return Err(reader.problems);
    };
    if !reader.read_header(&header, &table.rows) {
        return Err(reader.problems);
    }
    let mut state = State::default();
    for row in &table.rows {
        reader.read_row(row, &mut state);
    }
    let total: u64 = state
        .verdict_rows
        .iter()
        .map(|(_, _, _, counts)| counts.iter().map(|&c| u64::from(c)).sum::<u64>())
        .sum();
    if total > MAX_VERDICTS {
        reader.problem(
            None,
            None,
            format!("the file counts {total} verdicts, more than the {MAX_VERDICTS} read at most"),
        );
    }
    if !reader.problems.is_empty() {
        return Err(reader.problems);
    }
    Ok(state.into_tracker())
}

/// What the rows have given so far.
#[derive(Default)]
struct State {
    /// Each recommendation's first line and recommendation cells.
    first_recommendation: HashMap<u32, (u64, Vec<String>)>,
    /// Each round's first line and detail cells.
    first_round: HashMap<u32, (u64, Vec<String>)>,
    /// The line of each (recommendation, round) pair.
    pairs: HashMap<(u32, Option<u32>), u64>,
    /// The first handover date given, with its line.
    handed_over_on: Option<(u64, String)>,
    /// The recommendations read, first row of each.
    recommendations: Vec<RecommendationInput>,
    /// The rounds read, first row of each.
    rounds: Vec<Round>,
    /// The answers read.
    answers: Vec<Answer>,
    /// (recommendation, round, round's publication, counts) of each row with a round.
    verdict_rows: Vec<(u32, u32, Option<i64>, [u32; 3])>,
}

impl State {
    fn into_tracker(self) -> Tracker {
        let State {
            handed_over_on,
            mut recommendations,
            mut rounds,
            mut answers,
            verdict_rows,
            ..
        } = self;
        recommendations.sort_by_key(|r| r.number);
        rounds.sort_by_key(|r| r.number);
        answers.sort_by_key(|a| (a.recommendation, a.round));
        let mut verdicts = Vec::new();
        for (recommendation, round, published_at, counts) in verdict_rows {
            for (verdict, count) in Verdict::ALL.into_iter().zip(counts) {
                for _ in 0..count {
                    verdicts.push(VerdictRecord {
                        recommendation,
                        round,
                        verdict,
                        comment: String::new(),
                        at: published_at.unwrap_or(0),
                    });
                }
            }
        }
        let mut tracker = Tracker {
            handed_over_on: handed_over_on.and_then(|(_, text)| Date::parse(&text)),
            recommendations,
            rounds,
            answers,
            verdicts,
            questions: Vec::new(),
            events: Vec::new(),
        };
        tracker.date_answers_by_round();
        tracker
    }
}

/// One reading: the file's name, the problems found and where each known column is.
struct Reader<'a> {
    file: &'a str,
    problems: Vec<Problem>,
    /// The index of each known column in the rows.
    columns: HashMap<&'static str, usize>,
}

impl Reader<'_> {
    fn problem(&mut self, line: Option<u64>, column: Option<&str>, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            column: column.map(str::to_owned),
            message,
        });
    }

    /// Reads the header; `false` when the rows cannot be read (a required column missing, a
    /// column twice).
    fn read_header(&mut self, header: &Row, rows: &[Row]) -> bool {
        let line = Some(header.line);
        let mut usable = true;
        let mut unnamed = Vec::new();
        for (i, cell) in header.cells.iter().enumerate() {
            let name = key(cell);
            if name.is_empty() {
                unnamed.push(i);
                continue;
            }
            match TRACKER_COLUMNS.iter().copied().find(|c| *c == name) {
                Some(column) => match self.columns.entry(column) {
                    Entry::Occupied(_) => {
                        usable = false;
                        self.problem(line, Some(column), "the column appears twice".to_owned());
                    }
                    Entry::Vacant(slot) => {
                        slot.insert(i);
                    }
                },
                None => self.problem(
                    line,
                    Some(cell.trim()),
                    "unknown column: a recommendations list has the columns number, title_xx, \
                     text_xx, theme_xx and vote_for, vote_against, vote_abstain, vote_rule \
                     (xx: nl, fr, en or de); a follow-up tracker those of docs/open-data.md"
                        .to_owned(),
                ),
            }
        }
        for i in unnamed {
            if let Some(row) = rows
                .iter()
                .find(|r| r.cells.get(i).is_some_and(|c| !c.trim().is_empty()))
            {
                self.problem(
                    Some(row.line),
                    None,
                    format!(
                        "column {} has no name in the header but holds data",
                        i.saturating_add(1)
                    ),
                );
            }
        }
        if !self.columns.contains_key("number") {
            usable = false;
            self.problem(line, Some("number"), "the column is missing".to_owned());
        }
        for prefix in ["title", "text"] {
            if !Lang::ALL.iter().any(|l| {
                self.columns
                    .contains_key(format!("{prefix}_{}", l.code()).as_str())
            }) {
                usable = false;
                self.problem(
                    line,
                    None,
                    format!(
                        "a `{prefix}_nl`, `{prefix}_fr`, `{prefix}_en` or `{prefix}_de` column \
                         is required"
                    ),
                );
            }
        }
        usable
    }

    /// A cell, trimmed, its formula escaping undone ([`crate::formula::restore`]); empty when
    /// the column is not in the file.
    fn cell<'r>(&self, row: &'r Row, column: &str) -> &'r str {
        self.columns
            .get(column)
            .and_then(|&i| row.cells.get(i))
            .map_or("", |c| crate::formula::restore(c.trim()))
    }

    /// The form of the named columns, as the domain's parsers read them.
    fn form(&self, row: &Row, columns: &[&str]) -> RawForm {
        columns
            .iter()
            .map(|c| ((*c).to_owned(), self.cell(row, c).to_owned()))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }

    /// The column a domain field's problem is reported in: the field itself, or for a text in
    /// several languages (`title`) its first column in the file.
    fn column_of(&self, field: &str) -> String {
        if TRACKER_COLUMNS.contains(&field) {
            return field.to_owned();
        }
        Lang::ALL
            .iter()
            .map(|l| format!("{field}_{}", l.code()))
            .filter_map(|name| self.columns.get(name.as_str()).map(|&i| (i, name)))
            .min()
            .map_or_else(|| format!("{field}_nl"), |(_, name)| name)
    }

    fn field_problems(&mut self, line: u64, errors: FieldErrors) {
        for error in errors.0 {
            let column = self.column_of(&error.field);
            let message = describe(error.message, &column);
            self.problem(Some(line), Some(&column), message);
        }
    }

    /// A whole number in `range`; `None` (and a problem) when the cell is not one, `Some(None)`
    /// when it is empty.
    fn whole(
        &mut self,
        row: &Row,
        column: &str,
        range: std::ops::RangeInclusive<u32>,
    ) -> Option<Option<u32>> {
        match self.cell(row, column) {
            "" => Some(None),
            text => match text.parse::<u32>() {
                Ok(n) if range.contains(&n) => Some(Some(n)),
                _ => {
                    self.problem(
                        Some(row.line),
                        Some(column),
                        describe("error-whole-number", column),
                    );
                    None
                }
            },
        }
    }

    /// A moment: ISO 8601 with an offset, or seconds since the epoch (as files written
    /// before the ISO form have it); as [`Reader::whole`].
    fn seconds(&mut self, row: &Row, column: &str) -> Option<Option<i64>> {
        match self.cell(row, column) {
            "" => Some(None),
            text => match parse_moment(text) {
                Some(n) => Some(Some(n)),
                None => {
                    self.problem(
                        Some(row.line),
                        Some(column),
                        describe("error-timestamp", column),
                    );
                    None
                }
            },
        }
    }

    fn read_row(&mut self, row: &Row, state: &mut State) {
        let line = row.line;
        let before = self.problems.len();

        // The recommendation.
        let recommendation =
            match RecommendationInput::parse(&self.form(row, &RECOMMENDATION_COLUMNS)) {
                Ok(rec) => Some(rec),
                Err(errors) => {
                    self.field_problems(line, errors);
                    None
                }
            };
        let number = self
            .cell(row, "number")
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_NUMBER).contains(n));

        // The handover date.
        match self.cell(row, "handed_over_on") {
            "" => {}
            text => {
                if Date::parse(text).is_none() {
                    self.problem(
                        Some(line),
                        Some("handed_over_on"),
                        describe("error-date", "handed_over_on"),
                    );
                } else if let Some((first, date)) = &state.handed_over_on {
                    if date != text {
                        let message = format!(
                            "differs from line {first} (`{date}`): the handover date is the \
                             same on every row"
                        );
                        self.problem(Some(line), Some("handed_over_on"), message);
                    }
                } else {
                    state.handed_over_on = Some((line, text.to_owned()));
                }
            }
        }

        // The round.
        let round_number = self.whole(row, "round", 1..=MAX_ROUND);
        let round = match round_number {
            Some(Some(n)) => self.read_round(row, n),
            _ => None,
        };

        // The answer.
        let has_answer = ANSWER_COLUMNS.iter().any(|c| !self.cell(row, c).is_empty());
        let answer = if has_answer {
            let body = match AnswerInput::parse(&self.form(row, &ANSWER_COLUMNS)) {
                Ok(body) => Some(body),
                Err(errors) => {
                    self.field_problems(line, errors);
                    None
                }
            };
            let answered_at = self.seconds(row, "answered_at");
            let published_at = self.seconds(row, "answer_published_at");
            body.zip(answered_at.zip(published_at))
        } else {
            None
        };

        // The verdicts.
        let mut counts = [0u32; 3];
        let mut counts_read = true;
        for (count, column) in counts.iter_mut().zip(VERDICT_COLUMNS) {
            match self.whole(row, column, 0..=MAX_VERDICTS_PER_CELL) {
                Some(n) => *count = n.unwrap_or(0),
                None => counts_read = false,
            }
        }

        if round_number == Some(None) {
            let round_details = ROUND_DETAIL_COLUMNS
                .iter()
                .any(|c| !self.cell(row, c).is_empty());
            if has_answer || round_details || counts.iter().any(|&c| c > 0) {
                self.problem(
                    Some(line),
                    Some("round"),
                    "is empty, but the row has an answer, verdicts or round columns, which \
                     belong to a round: give the round's number"
                        .to_owned(),
                );
            }
        }

        // The same recommendation, round and pair on other rows.
        let Some(number) = number else {
            return;
        };
        let Some(round_key) = round_number else {
            return;
        };
        match state.pairs.entry((number, round_key)) {
            Entry::Occupied(first) => {
                let message = match round_key {
                    Some(r) => format!(
                        "recommendation {number} in round {r} is already on line {}",
                        first.get()
                    ),
                    None => format!("recommendation {number} is already on line {}", first.get()),
                };
                self.problem(
                    Some(line),
                    Some(if round_key.is_some() {
                        "round"
                    } else {
                        "number"
                    }),
                    message,
                );
                return;
            }
            Entry::Vacant(slot) => {
                slot.insert(line);
            }
        }
        let rec_cells: Vec<String> = RECOMMENDATION_COLUMNS
            .iter()
            .map(|c| self.cell(row, c).to_owned())
            .collect();
        let mut new_recommendation = false;
        match state.first_recommendation.get(&number) {
            Some((first, cells)) => {
                let first = *first;
                for ((column, here), there) in
                    RECOMMENDATION_COLUMNS.iter().zip(&rec_cells).zip(cells)
                {
                    if here != there {
                        let message = format!(
                            "differs from line {first}: recommendation {number} must be the \
                             same on all its rows"
                        );
                        self.problem(Some(line), Some(*column), message);
                    }
                }
            }
            None => {
                state.first_recommendation.insert(number, (line, rec_cells));
                new_recommendation = true;
            }
        }
        let mut new_round = false;
        if let Some(r) = round_key {
            let round_cells: Vec<String> = ROUND_DETAIL_COLUMNS
                .iter()
                .map(|c| self.cell(row, c).to_owned())
                .collect();
            match state.first_round.get(&r) {
                Some((first, cells)) => {
                    let first = *first;
                    for ((column, here), there) in
                        ROUND_DETAIL_COLUMNS.iter().zip(&round_cells).zip(cells)
                    {
                        if here != there {
                            let message = format!(
                                "round {r} has `{here}` here but `{there}` on line {first}: a \
                                 round must be the same on all its rows"
                            );
                            self.problem(Some(line), Some(*column), message);
                        }
                    }
                }
                None => {
                    state.first_round.insert(r, (line, round_cells));
                    new_round = true;
                }
            }
        }

        if self.problems.len() > before || !counts_read {
            return;
        }
        // A row without problems: keep what it gives.
        if let (true, Some(rec)) = (new_recommendation, recommendation) {
            state.recommendations.push(rec);
        }
        if let Some(round) = round {
            let (r, published_at) = (round.number, round.published_at);
            if new_round {
                state.rounds.push(round);
            }
            if let Some((body, (answered_at, published_at))) = answer {
                state.answers.push(Answer {
                    recommendation: number,
                    round: r,
                    body,
                    updated_at: answered_at.unwrap_or(0),
                    published_at,
                });
            }
            if counts.iter().any(|&c| c > 0) {
                state.verdict_rows.push((number, r, published_at, counts));
            }
        }
    }

    /// The round of a row whose `round` is `number`; `None` (and problems) when its details are
    /// not valid.
    fn read_round(&mut self, row: &Row, number: u32) -> Option<Round> {
        let line = row.line;
        let mut label = Localised::new();
        let mut valid = true;
        for lang in Lang::ALL {
            let column = format!("round_label_{}", lang.code());
            let text = self.cell(row, &column);
            if text.chars().count() > MAX_TITLE {
                valid = false;
                self.problem(
                    Some(line),
                    Some(&column),
                    describe("error-too-long", &column),
                );
            }
            label.set(lang, text);
        }
        let months = self.whole(row, "round_months", 0..=MAX_MONTHS);
        let due_on = Date::parse(self.cell(row, "round_due_on"));
        if due_on.is_none() {
            self.problem(
                Some(line),
                Some("round_due_on"),
                describe("error-date", "round_due_on"),
            );
        }
        let published_at = self.seconds(row, "round_published_at");
        let (Some(months), Some(due_on), Some(published_at)) = (months, due_on, published_at)
        else {
            return None;
        };
        valid.then(|| Round {
            number,
            label,
            months,
            due_on,
            published_at,
            changes: vec![RoundChange {
                at: published_at.unwrap_or(0),
                from: None,
                to: due_on,
                reason: String::new(),
            }],
        })
    }
}

/// The English words for a message key (the domain's, and this reader's own
/// `error-timestamp`) about `column`.
fn describe(message_key: &str, column: &str) -> String {
    match message_key {
        "error-required" => "is required".to_owned(),
        "error-whole-number" => {
            let range = match column {
                "number" => format!(" (1 to {MAX_NUMBER})"),
                "round" => format!(" (1 to {MAX_ROUND})"),
                "round_months" => format!(" (0 to {MAX_MONTHS})"),
                c if c.starts_with("vote_") => " (0 to 1000000)".to_owned(),
                c if c.starts_with("verdicts_") => format!(" (0 to {MAX_VERDICTS_PER_CELL})"),
                _ => String::new(),
            };
            format!("must be a whole number in range{range}")
        }
        "error-title-one-language" => "must be written in at least one language".to_owned(),
        "error-too-long" => "is too long".to_owned(),
        "error-vote-incomplete" => "the vote needs for, against and the rule".to_owned(),
        "error-justification" => format!(
            "a position other than accepted needs a justification of at least \
             {MIN_JUSTIFICATION} characters"
        ),
        "error-referred-to" => "name the authority it is referred to".to_owned(),
        "error-date" => "must be a date YYYY-MM-DD".to_owned(),
        "error-progress" => "must be 0 to 100".to_owned(),
        "error-milestones" => "each line must be `YYYY-MM-DD what`".to_owned(),
        "error-choose-one" => {
            let choices: Vec<&str> = match column {
                "position" => Position::ALL.iter().map(|p| p.as_str()).collect(),
                c if c.starts_with("verdict") => Verdict::ALL.iter().map(|v| v.as_str()).collect(),
                _ => Vec::new(),
            };
            if choices.is_empty() {
                "must be one of the allowed values".to_owned()
            } else {
                format!("must be one of: {}", choices.join(", "))
            }
        }
        "error-timestamp" => "must be a moment in ISO 8601 with its offset \
                              (2026-12-07T13:48:31+00:00), or whole seconds since \
                              1970-01-01 00:00 UTC"
            .to_owned(),
        other => format!("is not valid ({other})"),
    }
}
