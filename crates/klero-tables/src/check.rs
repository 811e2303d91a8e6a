//! Checks the room and settings, every problem at once, and turns them into indices: table
//! languages, who may sit where, balance values, pins and kept seats.

use std::collections::HashMap;

use crate::types::{self, MAX_TYPES, Types};
use crate::{At, Field, Issue, Room, SeatError, Settings};

/// The room, checked.
pub(crate) struct Checked<'a> {
    /// The settings as given.
    pub settings: &'a Settings,
    /// The table languages.
    pub types: Types,
    /// People present.
    pub n: usize,
    /// For each person, the types they may sit at.
    pub compat: Vec<u64>,
    /// For each facilitator, the types they may lead.
    pub facilitator_compat: Vec<u64>,
    /// Balance columns.
    pub columns: usize,
    /// For each column, the number of distinct values.
    pub value_counts: Vec<usize>,
    /// `values[p * columns + c]`: person `p`'s value in column `c`.
    pub values: Vec<u16>,
    /// The number of tables.
    pub tables: usize,
    /// Rounds.
    pub rounds: usize,
    /// `fixed[r][p]`: the table (from 0) person `p` must sit at in round `r` (pin or kept seat).
    pub fixed: Vec<Vec<Option<usize>>>,
    /// Whether each person is pinned.
    pub pins: Vec<bool>,
    /// For each type, the translated tables wanted ([`Settings::translated_tables`]; 0 for a
    /// single language).
    pub wanted: Vec<u32>,
    /// Tables whose language is known before the split (from kept seats): table, type.
    pub known_tables: Vec<(usize, usize)>,
    /// Tables with pinned people whose language is to be chosen: table, the types allowed.
    pub pinned_tables: Vec<(usize, u64)>,
    /// Facilitators keeping their table from the previous seating.
    pub kept_facilitators: Vec<Option<usize>>,
    /// Ids in the previous seating who are no longer present.
    pub dropped: Vec<String>,
    /// People present who had no seat in the previous seating (when there is one).
    pub added: usize,
}

/// Checks everything; bad input is every [`Issue`] found.
pub(crate) fn check<'a>(room: &'a Room, settings: &'a Settings) -> Result<Checked<'a>, SeatError> {
    let mut issues = Vec::new();
    let mut issue = |at: At, message: String| issues.push(Issue { at, message });
    if settings.table_size < 2 {
        issue(
            At::Setting("--table-size"),
            format!(
                "a table needs at least 2 people, not {}",
                settings.table_size
            ),
        );
    }
    if settings.rounds < 1 {
        issue(
            At::Setting("--rounds"),
            "at least 1 round is needed".to_owned(),
        );
    }
    if settings.min_table_size < 1 {
        issue(
            At::Setting("--min-table-size"),
            "must be at least 1".to_owned(),
        );
    } else if settings.table_size >= 2 && settings.min_table_size > settings.table_size {
        issue(
            At::Setting("--min-table-size"),
            format!(
                "{} is above the table size {}",
                settings.min_table_size, settings.table_size
            ),
        );
    }
    if settings.tables == Some(0) {
        issue(
            At::Setting("--tables"),
            "at least 1 table is needed".to_owned(),
        );
    }
    if room.people.is_empty() {
        issue(At::Setting("--people"), "nobody is present".to_owned());
    }
    let mut pairs = Vec::new();
    for text in &settings.bilingual {
        match types::parse_pair(text) {
            Some(pair) => pairs.push(pair),
            None => issue(
                At::Setting("--bilingual"),
                format!("`{text}` is not two different languages joined by `+` (as `fr+nl`)"),
            ),
        }
    }
    for (text, _) in &settings.translated_tables {
        match types::parse_pair(text) {
            Some(pair) => pairs.push(pair),
            None => issue(
                At::Setting("--translated-tables"),
                format!("`{text}` is not two different languages joined by `+` (as `fr+nl`)"),
            ),
        }
    }

    // Ids.
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (i, person) in room.people.iter().enumerate() {
        let id = person.id.trim();
        if id.is_empty() {
            issue(At::Person(i, Field::Id), "empty id".to_owned());
        } else if ids.insert(id, i).is_some() {
            issue(
                At::Person(i, Field::Id),
                format!("id `{id}` appears more than once"),
            );
        }
        if person.languages.iter().all(|l| types::key(l).is_empty()) {
            issue(
                At::Person(i, Field::Languages),
                format!("`{id}` speaks no language"),
            );
        }
        if person.values.len() != room.balance.len() {
            issue(
                At::Person(i, Field::Id),
                format!(
                    "`{id}` has {} balance values for {} balance columns",
                    person.values.len(),
                    room.balance.len()
                ),
            );
        }
    }
    let mut facilitator_ids: HashMap<&str, usize> = HashMap::new();
    for (i, facilitator) in room.facilitators.iter().enumerate() {
        let id = facilitator.id.trim();
        if id.is_empty() {
            issue(At::Facilitator(i, Field::Id), "empty id".to_owned());
        } else if ids.contains_key(id) {
            issue(
                At::Facilitator(i, Field::Id),
                format!("`{id}` is also among the people present"),
            );
        } else if facilitator_ids.insert(id, i).is_some() {
            issue(
                At::Facilitator(i, Field::Id),
                format!("id `{id}` appears more than once"),
            );
        }
        if facilitator
            .languages
            .iter()
            .all(|l| types::key(l).is_empty())
        {
            issue(
                At::Facilitator(i, Field::Languages),
                format!("`{id}` speaks no language"),
            );
        }
    }

    // Table languages: every language spoken, the pairs asked for and those of kept tables.
    let mut spoken: Vec<String> = room
        .people
        .iter()
        .flat_map(|p| p.languages.iter().map(|l| types::key(l)))
        .filter(|l| !l.is_empty())
        .collect();
    for seat in &room.kept {
        match seat.table_language.split('+').count() {
            1 => spoken.push(types::key(&seat.table_language)),
            _ => pairs.extend(types::parse_pair(&seat.table_language)),
        }
    }
    spoken.retain(|l| !l.is_empty());
    let types = Types::new(&spoken, &pairs);
    if types.len() > MAX_TYPES {
        issue(
            At::Setting("--language-column"),
            format!(
                "{} table languages (languages and translated pairs): at most {MAX_TYPES} are supported",
                types.len()
            ),
        );
    }
    let mut wanted = vec![0u32; types.len()];
    for (text, tables) in &settings.translated_tables {
        if let Some(t) = types.find(text) {
            wanted[t] = wanted[t].saturating_add(*tables);
        }
    }
    let compat: Vec<u64> = room
        .people
        .iter()
        .map(|p| types.compatible(&p.languages))
        .collect();
    let facilitator_compat = room
        .facilitators
        .iter()
        .map(|f| types.compatible(&f.languages))
        .collect();

    // Balance values, numbered in order of first appearance of their sorted keys.
    let columns = room.balance.len();
    let mut value_counts = vec![0; columns];
    let mut values = vec![0u16; room.people.len() * columns];
    for (c, count) in value_counts.iter_mut().enumerate() {
        let mut names: Vec<String> = room
            .people
            .iter()
            .filter_map(|p| p.values.get(c).map(|v| types::key(v)))
            .collect();
        names.sort();
        names.dedup();
        if names.len() > usize::from(u16::MAX) {
            issue(
                At::Setting("--balance"),
                format!("column `{}` has too many values", room.balance[c]),
            );
            continue;
        }
        *count = names.len();
        for (p, person) in room.people.iter().enumerate() {
            let v = person
                .values
                .get(c)
                .and_then(|v| names.binary_search(&types::key(v)).ok())
                .unwrap_or(0);
            values[p * columns + c] = u16::try_from(v).unwrap_or(0);
        }
    }

    // Tables and kept seats.
    let n = room.people.len();
    let rounds = settings.rounds as usize;
    let size = settings.table_size.max(2) as usize;
    let kept_max = room
        .kept
        .iter()
        .map(|s| s.table as usize)
        .max()
        .unwrap_or(0);
    let tables = match settings.tables {
        Some(t) => t as usize,
        // Late arrivals join the tables of the seating kept: no table of newcomers only.
        None if kept_max > 0 => kept_max,
        None => n.div_ceil(size).max(1),
    };
    let mut fixed = vec![vec![None; n]; rounds];
    let mut known: Vec<Option<(usize, usize)>> = vec![None; tables];
    let mut kept_facilitators = vec![None; room.facilitators.len()];
    let mut dropped: Vec<String> = Vec::new();
    let mut seated = vec![false; n];
    for (i, seat) in room.kept.iter().enumerate() {
        let id = seat.id.trim();
        if seat.round == 0 {
            issue(
                At::Kept(i, Field::Round),
                "rounds are numbered from 1".to_owned(),
            );
            continue;
        }
        if seat.table == 0 || seat.table as usize > tables {
            issue(
                At::Kept(i, Field::Table),
                format!("table {} does not exist (tables 1 to {tables})", seat.table),
            );
            continue;
        }
        let table = seat.table as usize - 1;
        let Some(t) = types.find(&seat.table_language) else {
            issue(
                At::Kept(i, Field::TableLanguage),
                format!("`{}` is not a table language", seat.table_language),
            );
            continue;
        };
        match known[table] {
            Some((_, other)) if other != t => issue(
                At::Kept(i, Field::TableLanguage),
                format!(
                    "table {} is `{}` on an earlier row",
                    seat.table,
                    types.label(other)
                ),
            ),
            Some(_) => {}
            None => known[table] = Some((i, t)),
        }
        let speaks = |mask: u64| mask >> t & 1 == 1;
        if let Some(&p) = ids.get(id) {
            seated[p] = true;
            if !speaks(compat[p]) {
                issue(
                    At::Kept(i, Field::TableLanguage),
                    format!("`{id}` does not speak `{}`", seat.table_language.trim()),
                );
            }
            let Some(slot) = fixed.get_mut(seat.round as usize - 1).map(|r| &mut r[p]) else {
                continue; // a round beyond those asked for
            };
            if slot.is_some() {
                issue(
                    At::Kept(i, Field::Round),
                    format!("`{id}` is seated twice in round {}", seat.round),
                );
            }
            *slot = Some(table);
        } else if let Some(&f) = facilitator_ids.get(id) {
            if !speaks(facilitator_compat_of(&types, room, f)) {
                issue(
                    At::Kept(i, Field::TableLanguage),
                    format!("`{id}` does not speak `{}`", seat.table_language.trim()),
                );
            }
            match kept_facilitators[f] {
                Some(other) if other != table => issue(
                    At::Kept(i, Field::Table),
                    format!(
                        "facilitator `{id}` is at table {} on an earlier row",
                        other + 1
                    ),
                ),
                _ => kept_facilitators[f] = Some(table),
            }
        } else if !dropped.iter().any(|d| d == id) {
            dropped.push(id.to_owned());
        }
    }
    let added = if room.kept.is_empty() {
        0
    } else {
        seated.iter().filter(|s| !**s).count()
    };

    // Pins: the table exists, and someone there speaks the language of everyone pinned.
    let mut pinned: Vec<u64> = vec![u64::MAX; tables];
    for (p, person) in room.people.iter().enumerate() {
        let Some(pin) = person.pin else { continue };
        if pin == 0 || pin as usize > tables {
            issue(
                At::Person(p, Field::Pin),
                format!("table {pin} does not exist (tables 1 to {tables})"),
            );
            continue;
        }
        let table = pin as usize - 1;
        if let Some((_, t)) = known[table]
            && compat[p] >> t & 1 == 0
        {
            issue(
                At::Person(p, Field::Pin),
                format!(
                    "table {pin} is a `{}` table, which `{}` does not speak",
                    types.label(t),
                    person.id.trim()
                ),
            );
            continue;
        }
        if pinned[table] & compat[p] == 0 {
            issue(
                At::Person(p, Field::Pin),
                format!(
                    "no language is spoken by everyone pinned to table {pin}, `{}` included",
                    person.id.trim()
                ),
            );
            continue;
        }
        pinned[table] &= compat[p];
        for round in &mut fixed {
            round[p] = Some(table);
        }
    }
    if !issues.is_empty() {
        return Err(SeatError::Invalid(issues));
    }
    let known_tables: Vec<(usize, usize)> = known
        .iter()
        .enumerate()
        .filter_map(|(table, k)| Some((table, k.as_ref()?.1)))
        .collect();
    let pinned_tables = pinned
        .iter()
        .enumerate()
        .filter(|&(table, &mask)| mask != u64::MAX && known[table].is_none())
        .map(|(table, &mask)| (table, mask))
        .collect();
    Ok(Checked {
        settings,
        types,
        n,
        compat,
        facilitator_compat,
        columns,
        value_counts,
        values,
        tables,
        rounds,
        fixed,
        pins: room.people.iter().map(|p| p.pin.is_some()).collect(),
        wanted,
        known_tables,
        pinned_tables,
        kept_facilitators,
        dropped,
        added,
    })
}

fn facilitator_compat_of(types: &Types, room: &Room, f: usize) -> u64 {
    room.facilitators
        .get(f)
        .map_or(0, |facilitator| types.compatible(&facilitator.languages))
}
