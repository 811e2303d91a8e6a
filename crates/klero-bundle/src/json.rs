//! The JSON files' layout: objects one key per line, arrays without objects on one line (so
//! that lists of ids and numbers stay short). The text comes from `serde_json`'s compact output,
//! re-indented token by token, so numbers and strings are exactly as `serde_json` writes them
//! and keys keep the order of the structs.

use serde::Serialize;

enum Node<'a> {
    Scalar(&'a str),
    Array(Vec<Node<'a>>),
    Object(Vec<(&'a str, Node<'a>)>),
}

impl Node<'_> {
    fn has_object(&self) -> bool {
        match self {
            Node::Scalar(_) => false,
            Node::Object(_) => true,
            Node::Array(items) => items.iter().any(Node::has_object),
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    fn string(&mut self) -> Option<&'a str> {
        let start = self.at;
        self.expect(b'"')?;
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            self.at += 1;
            match b {
                b'\\' => self.at += 1,
                b'"' => return self.text.get(start..self.at),
                _ => {}
            }
        }
        None
    }

    fn node(&mut self) -> Option<Node<'a>> {
        match self.peek()? {
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if self.expect(b'}').is_some() {
                    return Some(Node::Object(fields));
                }
                loop {
                    let key = self.string()?;
                    self.expect(b':')?;
                    fields.push((key, self.node()?));
                    if self.expect(b',').is_none() {
                        self.expect(b'}')?;
                        return Some(Node::Object(fields));
                    }
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.expect(b']').is_some() {
                    return Some(Node::Array(items));
                }
                loop {
                    items.push(self.node()?);
                    if self.expect(b',').is_none() {
                        self.expect(b']')?;
                        return Some(Node::Array(items));
                    }
                }
            }
            b'"' => self.string().map(Node::Scalar),
            _ => {
                let start = self.at;
                while !matches!(self.peek(), None | Some(b',' | b']' | b'}')) {
                    self.at += 1;
                }
                self.text.get(start..self.at).map(Node::Scalar)
            }
        }
    }
}

fn write(node: &Node<'_>, indent: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| out.extend(std::iter::repeat_n("  ", n));
    match node {
        Node::Scalar(text) => out.push_str(text),
        Node::Object(fields) if fields.is_empty() => out.push_str("{}"),
        Node::Object(fields) => {
            out.push_str("{\n");
            for (i, (key, value)) in fields.iter().enumerate() {
                pad(indent + 1, out);
                out.push_str(key);
                out.push_str(": ");
                write(value, indent + 1, out);
                out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
            }
            pad(indent, out);
            out.push('}');
        }
        Node::Array(items) if !node.has_object() => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(item, indent, out);
            }
            out.push(']');
        }
        Node::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(indent + 1, out);
                write(item, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(indent, out);
            out.push(']');
        }
    }
}

/// The bytes of a JSON file, ending with a newline.
pub(crate) fn to_bytes(value: &impl Serialize) -> Result<Vec<u8>, String> {
    let compact = serde_json::to_string(value).map_err(|e| e.to_string())?;
    let mut parser = Parser {
        text: &compact,
        at: 0,
    };
    let node = parser
        .node()
        .filter(|_| parser.at == compact.len())
        .ok_or("serde_json wrote something unexpected")?;
    let mut out = String::with_capacity(compact.len() * 2);
    write(&node, 0, &mut out);
    out.push('\n');
    Ok(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::to_bytes;
    use serde_json::json;

    #[test]
    fn objects_are_indented_and_flat_arrays_inline() {
        let value =
            json!({"b": [1, 2.5, "x,]}\"y"], "a": [{"k": [[0, 1], [2, 3]]}], "e": {}, "f": []});
        let text = String::from_utf8(to_bytes(&value).unwrap()).unwrap();
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed, value);
        assert!(text.contains("[1, 2.5, \"x,]}\\\"y\"]"), "{text}");
        assert!(text.contains("\"k\": [[0, 1], [2, 3]]"), "{text}");
        assert!(text.ends_with("}\n"));
    }
}
