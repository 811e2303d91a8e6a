//! Canonical, pseudonymised input files for a verification bundle. Every name, value and id
//! is written through [`crate::formula::neutralise`]; a reader of these files restores them with
//! [`crate::formula::restore`] (see [`restored`]).

use std::io::Write;

use klero_select::Instance;

/// Writes the canonical features file of a verification bundle:
/// `feature,value,min,max,min_flex,max_flex` (flex cells empty when unset).
pub fn write_features_csv(instance: &Instance, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "feature,value,min,max,min_flex,max_flex")?;
    let flex = |f: Option<u32>| f.map(|v| v.to_string()).unwrap_or_default();
    for cat in instance.categories() {
        for q in &cat.values {
            writeln!(
                out,
                "{},{},{},{},{},{}",
                field(&cat.name),
                field(&q.value),
                q.min,
                q.max,
                flex(q.min_flex),
                flex(q.max_flex)
            )?;
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
