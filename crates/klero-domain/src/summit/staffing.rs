//! Who runs the tables, and how many of each group take part.
//!
//! - A [`StaffInput`]: a facilitator (one per table, for every round, in a language of the
//!   table) or a translator (one per bilingual table, speaking both its languages), with a name
//!   and languages. Staff do not sit as participants and do not vote.
//! - [`GroupQuotas`]: at a "whole system" summit, each stakeholder group has its own number of
//!   seats: a minimum (a shortfall is shown) and a maximum (an import that would exceed it is
//!   refused, and so is a maximum below the people already on the list).
//!
//! ```
//! use klero_domain::input::RawForm;
//! use klero_domain::summit::staffing::{GroupQuotas, StaffInput, StaffRole};
//! use klero_domain::summit::voting::Group;
//!
//! let mut form = RawForm::new();
//! form.insert("role".into(), "translator".into());
//! form.insert("name".into(), "Anne Peeters".into());
//! form.insert("languages".into(), "NL; fr".into());
//! let staff = StaffInput::parse(&form).unwrap();
//! assert_eq!(staff.role(), StaffRole::Translator);
//! assert!(staff.covers("fr+nl"));
//!
//! let mut form = RawForm::new();
//! form.insert("min-employer".into(), "20".into());
//! form.insert("max-employer".into(), "25".into());
//! let quotas = GroupQuotas::parse(&form).unwrap();
//! assert_eq!(quotas.max(Group::Employer), Some(25));
//! assert_eq!(quotas.over([(Group::Employer, 26)]), vec![(Group::Employer, 26, 25)]);
//! ```

use super::participant::{MAX_NAME, has_control, parse_languages};
use super::voting::Group;
use crate::input::{FieldErrors, RawForm, field};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The largest quota a group may have.
pub const MAX_QUOTA: u32 = 100_000;

/// What a member of staff does at the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// Leads one table through every round.
    Facilitator,
    /// Translates at one bilingual table.
    Translator,
}

impl StaffRole {
    /// Both roles, in the order forms show them.
    pub const ALL: [StaffRole; 2] = [StaffRole::Facilitator, StaffRole::Translator];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Facilitator => "facilitator",
            StaffRole::Translator => "translator",
        }
    }

    /// Parses [`StaffRole::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text.trim())
    }
}

/// A facilitator or translator as an organiser enters them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffInput {
    role: StaffRole,
    name: String,
    languages: Vec<String>,
}

impl StaffInput {
    /// Parses fields `role` (`facilitator`, `translator`), `name` (1 to [`MAX_NAME`]
    /// characters, no control characters) and `languages` (codes separated by `;` or `,`; a
    /// translator needs at least two).
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let role = StaffRole::parse(field(form, "role"));
        if role.is_none() {
            errors.add("role", "error-choose-one");
        }
        let name = field(form, "name");
        match name.chars().count() {
            0 => errors.add("name", "error-required"),
            n if n > MAX_NAME => errors.add("name", "error-too-long"),
            _ if has_control(name) => errors.add("name", "error-control-characters"),
            _ => {}
        }
        let (languages, bad) = parse_languages(field(form, "languages"));
        if !bad.is_empty() {
            errors.add("languages", "error-language");
        } else if languages.is_empty() {
            errors.add("languages", "error-required");
        } else if role == Some(StaffRole::Translator) && languages.len() < 2 {
            errors.add("languages", "error-translator-languages");
        }
        match role {
            Some(role) if errors.is_empty() => Ok(StaffInput {
                role,
                name: name.to_owned(),
                languages,
            }),
            _ => Err(errors),
        }
    }

    /// The role.
    pub fn role(&self) -> StaffRole {
        self.role
    }

    /// The name (personal data).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The languages, lower case, in order.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Whether these languages cover a table's language (`nl`, or `fr+nl` for a bilingual
    /// table: then both).
    pub fn covers(&self, table_language: &str) -> bool {
        covers(&self.languages, table_language)
    }
}

/// Whether `languages` cover a table's language: each of the `+`-separated codes of
/// `table_language` (compared ignoring case) is among them.
pub fn covers(languages: &[String], table_language: &str) -> bool {
    table_language
        .split('+')
        .map(str::trim)
        .all(|code| languages.iter().any(|l| l.eq_ignore_ascii_case(code)))
}

/// Translators for the bilingual tables: for each table (in order), the index in
/// `translators` (each a list of languages) of the one who translates there, `None` for a
/// table that is not bilingual or that no translator left can serve. `kept[t]`, when given and
/// still able, keeps table `t`'s translator from an earlier seating. The matching is maximum
/// (augmenting paths), so a translator speaking more languages never takes the only table
/// another could serve.
pub fn assign_translators(
    table_languages: &[String],
    translators: &[Vec<String>],
    kept: &[Option<usize>],
) -> Vec<Option<usize>> {
    let tables = table_languages.len();
    let mut at: Vec<Option<usize>> = vec![None; tables];
    let mut table_of: Vec<Option<usize>> = vec![None; translators.len()];
    let bilingual = |t: usize| table_languages[t].contains('+');
    let can = |t: usize, x: usize| bilingual(t) && covers(&translators[x], &table_languages[t]);
    for (t, keep) in kept.iter().enumerate().take(tables) {
        if let Some(x) = *keep
            && x < translators.len()
            && table_of[x].is_none()
            && can(t, x)
        {
            at[t] = Some(x);
            table_of[x] = Some(t);
        }
    }
    for t in 0..tables {
        if at[t].is_some() || !bilingual(t) {
            continue;
        }
        let mut seen = vec![false; translators.len()];
        augment(t, &can, &mut at, &mut table_of, &mut seen, kept);
    }
    at
}

/// Kuhn's augmenting path from table `t`; kept pairs are never undone.
fn augment(
    t: usize,
    can: &dyn Fn(usize, usize) -> bool,
    at: &mut [Option<usize>],
    table_of: &mut [Option<usize>],
    seen: &mut [bool],
    kept: &[Option<usize>],
) -> bool {
    for x in 0..table_of.len() {
        if seen[x] || !can(t, x) {
            continue;
        }
        seen[x] = true;
        let free = match table_of[x] {
            None => true,
            Some(other) => {
                kept.get(other).copied().flatten() != Some(x)
                    && augment(other, can, at, table_of, seen, kept)
            }
        };
        if free {
            at[t] = Some(x);
            table_of[x] = Some(t);
            return true;
        }
    }
    false
}

/// One group's quota: at least `min` people, at most `max` (none: no limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupQuota {
    /// The group.
    pub group: Group,
    /// The fewest people the group should have at the summit.
    pub min: u32,
    /// The most people the group may have on the list; `None`: no limit.
    pub max: Option<u32>,
}

/// The quotas of the groups that have one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupQuotas(BTreeMap<Group, GroupQuota>);

impl GroupQuotas {
    /// The quotas given.
    pub fn new(quotas: impl IntoIterator<Item = GroupQuota>) -> Self {
        GroupQuotas(quotas.into_iter().map(|q| (q.group, q)).collect())
    }

    /// Parses fields `min-{group}` and `max-{group}` (group names with `-` for `_`), whole
    /// numbers from 0 to [`MAX_QUOTA`]; blank means no minimum (0) or no maximum. A minimum
    /// above the maximum is refused. Groups with neither are left out.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut quotas = Vec::new();
        for group in Group::ALL {
            let name = group.as_str().replace('_', "-");
            let (min_field, max_field) = (format!("min-{name}"), format!("max-{name}"));
            let number = |errors: &mut FieldErrors, name: &str| -> Option<u32> {
                let text = field(form, name);
                if text.is_empty() {
                    return None;
                }
                match text.parse::<u32>() {
                    Ok(n) if n <= MAX_QUOTA => Some(n),
                    _ => {
                        errors.add(name, "error-quota-number");
                        None
                    }
                }
            };
            let min = number(&mut errors, &min_field);
            let max = number(&mut errors, &max_field);
            if let (Some(low), Some(high)) = (min, max)
                && low > high
            {
                errors.add(&min_field, "error-quota-order");
            }
            if min.is_some() || max.is_some() {
                quotas.push(GroupQuota {
                    group,
                    min: min.unwrap_or(0),
                    max,
                });
            }
        }
        errors.into_result(|| GroupQuotas::new(quotas))
    }

    /// The group's quota, if it has one.
    pub fn get(&self, group: Group) -> Option<&GroupQuota> {
        self.0.get(&group)
    }

    /// The group's maximum, if any.
    pub fn max(&self, group: Group) -> Option<u32> {
        self.get(group).and_then(|q| q.max)
    }

    /// Every quota, in [`Group::ALL`]'s order.
    pub fn iter(&self) -> impl Iterator<Item = &GroupQuota> {
        self.0.values()
    }

    /// The groups whose count is above their maximum: (group, count, maximum).
    pub fn over(
        &self,
        counts: impl IntoIterator<Item = (Group, usize)>,
    ) -> Vec<(Group, usize, u32)> {
        let mut over: Vec<_> = counts
            .into_iter()
            .filter_map(|(group, count)| {
                let max = self.max(group)?;
                (count > max as usize).then_some((group, count, max))
            })
            .collect();
        over.sort();
        over
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> RawForm {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn staff_problems_are_named_by_field() {
        let errors = StaffInput::parse(&form(&[
            ("role", "boss"),
            ("name", " "),
            ("languages", "nl;french"),
        ]))
        .unwrap_err();
        assert_eq!(errors.get("role"), Some("error-choose-one"));
        assert_eq!(errors.get("name"), Some("error-required"));
        assert_eq!(errors.get("languages"), Some("error-language"));
        let errors = StaffInput::parse(&form(&[
            ("role", "translator"),
            ("name", "Anne"),
            ("languages", "fr"),
        ]))
        .unwrap_err();
        assert_eq!(errors.get("languages"), Some("error-translator-languages"));
    }

    #[test]
    fn a_facilitator_covers_tables_in_their_languages() {
        let f = StaffInput::parse(&form(&[
            ("role", "facilitator"),
            ("name", "Jan"),
            ("languages", "nl, de"),
        ]))
        .unwrap();
        assert!(f.covers("nl"));
        assert!(f.covers("DE"));
        assert!(!f.covers("fr"));
        assert!(!f.covers("fr+nl"));
    }

    fn langs(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn translators_go_to_bilingual_tables_only_and_the_matching_is_maximum() {
        let tables = langs(&["nl", "fr+nl", "de+fr", "fr"]);
        // The first translator speaks all three: a greedy pass would give them table 2 and
        // leave table 3 (de+fr) without anyone, as the second speaks only fr and nl.
        let translators = vec![langs(&["de", "fr", "nl"]), langs(&["fr", "nl"])];
        let at = assign_translators(&tables, &translators, &[]);
        assert_eq!(at, vec![None, Some(1), Some(0), None]);
    }

    #[test]
    fn kept_translators_stay_and_missing_ones_leave_a_gap() {
        let tables = langs(&["fr+nl", "fr+nl", "fr+nl"]);
        let translators = vec![langs(&["fr", "nl"]), langs(&["nl", "fr"])];
        let at = assign_translators(&tables, &translators, &[None, None, Some(0)]);
        assert_eq!(at[2], Some(0));
        assert_eq!(at.iter().flatten().count(), 2);
        assert!(at[0].is_some() ^ at[1].is_some());
        // A kept translator who no longer fits the table is not kept.
        let at = assign_translators(&langs(&["de+fr"]), &translators, &[Some(0)]);
        assert_eq!(at, vec![None]);
    }

    #[test]
    fn quotas_parse_and_refuse_bad_numbers_and_order() {
        let errors = GroupQuotas::parse(&form(&[
            ("min-drawn", "x"),
            ("min-employer", "30"),
            ("max-employer", "20"),
            ("max-politician", "100001"),
        ]))
        .unwrap_err();
        assert_eq!(errors.get("min-drawn"), Some("error-quota-number"));
        assert_eq!(errors.get("min-employer"), Some("error-quota-order"));
        assert_eq!(errors.get("max-politician"), Some("error-quota-number"));
        let quotas = GroupQuotas::parse(&form(&[
            ("min-civil-servant", "10"),
            ("max-free-thinker", "5"),
            ("min-drawn", ""),
        ]))
        .unwrap();
        assert_eq!(
            quotas.iter().copied().collect::<Vec<_>>(),
            vec![
                GroupQuota {
                    group: Group::CivilServant,
                    min: 10,
                    max: None
                },
                GroupQuota {
                    group: Group::FreeThinker,
                    min: 0,
                    max: Some(5)
                },
            ]
        );
        assert_eq!(
            quotas.over([(Group::FreeThinker, 5), (Group::CivilServant, 500)]),
            vec![]
        );
        assert_eq!(
            quotas.over([(Group::FreeThinker, 6)]),
            vec![(Group::FreeThinker, 6, 5)]
        );
    }
}
