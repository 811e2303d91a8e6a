//! Canonical, pseudonymised input files for a verification bundle. Every name, value and id
//! is written through [`crate::formula::neutralise`]; a reader of these files restores them with
//! [`crate::formula::restore`] (see [`restored`]).

use std::io::Write;

use klero_domain::labels::QuotaLabels;
use klero_domain::lang::Lang;
use klero_select::Instance;

/// Writes the canonical features file of a verification bundle:
/// `feature,value,min,max,min_flex,max_flex` (flex cells empty when unset), without labels.
pub fn write_features_csv(instance: &Instance, out: &mut dyn Write) -> std::io::Result<()> {
    write_labelled_features_csv(instance, &QuotaLabels::new(), out)
}

/// [`write_features_csv`], with the categories' and values' labels when there are any: then
/// the columns `feature_label_nl`...`feature_label_de` (the row's category) and
/// `label_nl`...`label_de` (its value) follow, as the features reader takes them.
pub fn write_labelled_features_csv(
    instance: &Instance,
    labels: &QuotaLabels,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let labelled = !labels.is_empty();
    let mut header = String::from("feature,value,min,max,min_flex,max_flex");
    if labelled {
        for prefix in ["feature_label_", "label_"] {
            for lang in Lang::ALL {
                header.push_str(&format!(",{prefix}{}", lang.code()));
            }
        }
    }
    writeln!(out, "{header}")?;
    let flex = |f: Option<u32>| f.map(|v| v.to_string()).unwrap_or_default();
    for cat in instance.categories() {
        for q in &cat.values {
            let mut line = format!(
                "{},{},{},{},{},{}",
                field(&cat.name),
                field(&q.value),
                q.min,
                q.max,
                flex(q.min_flex),
                flex(q.max_flex)
            );
            if labelled {
                for value in [None, Some(q.value.as_str())] {
                    for lang in Lang::ALL {
                        line.push(',');
                        line.push_str(&field(
                            labels.exact(&cat.name, value, lang).unwrap_or_default(),
                        ));
                    }
                }
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// Writes the canonical, pseudonymised people file of a verification bundle:
/// `id,<feature names...>,household`, household being the instance's household number, or empty
/// for people alone at their address. Nothing else about a person is written.
pub fn write_people_csv(instance: &Instance, out: &mut dyn Write) -> std::io::Result<()> {
    let categories = instance.categories();
    let mut line = String::from("id");
    for cat in categories {
        line.push(',');
        line.push_str(&field(&cat.name));
    }
    line.push_str(",household");
    writeln!(out, "{line}")?;
    for person in instance.people() {
        line.clear();
        line.push_str(&field(&person.id));
        for (cat, &v) in categories.iter().zip(&person.values) {
            line.push(',');
            let value = cat
                .values
                .get(usize::from(v))
                .map_or("", |q| q.value.as_str());
            line.push_str(&field(value));
        }
        line.push(',');
        if let Some(h) = person.household {
            line.push_str(&h.to_string());
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Labels as read from a canonical features file, their ids and texts with the formula
/// escaping removed, as [`restored`] does for the instance.
pub fn restored_labels(read: &QuotaLabels) -> QuotaLabels {
    use crate::formula::restore;
    let mut labels = QuotaLabels::new();
    for (feature, value, lang, text) in read.iter() {
        labels.set(restore(feature), value.map(restore), lang, restore(text));
    }
    labels
}

/// The instance that canonical files written by [`write_features_csv`] and [`write_people_csv`]
/// stand for, from the instance read from them: names, values and ids with their formula
/// escaping removed ([`crate::formula::restore`]). Households and order are kept.
pub fn restored(read: &Instance) -> Result<Instance, Vec<klero_select::InstanceError>> {
    use crate::formula::restore;
    let categories = read
        .categories()
        .iter()
        .map(|cat| klero_select::Category {
            name: restore(&cat.name).to_owned(),
            values: cat
                .values
                .iter()
                .map(|q| klero_select::Quota {
                    value: restore(&q.value).to_owned(),
                    ..q.clone()
                })
                .collect(),
        })
        .collect();
    let people = read
        .people()
        .iter()
        .map(|p| klero_select::Person {
            id: restore(&p.id).to_owned(),
            ..p.clone()
        })
        .collect();
    Instance::new(categories, people, read.panel_size())
}

/// A CSV field: formulas neutralised ([`crate::formula::neutralise`]), then quoted when it holds
/// a separator either reader might sniff (`,`, `;`, tab), a quote, a line break, or white space
/// at either end.
fn field(text: &str) -> std::borrow::Cow<'_, str> {
    let text = crate::formula::neutralise(text);
    let needs_quotes = text.contains([',', ';', '\t', '"', '\n', '\r'])
        || text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace);
    if needs_quotes {
        format!("\"{}\"", text.replace('"', "\"\"")).into()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field(" x"), "\" x\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("-1,2"), "\"'-1,2\"");
    }
}
