//! Pseudo-random inputs: `check` never panics, `safe_name` is always safe.

use klero_files::{Kind, check, content_disposition, safe_name, sniff};

use crate::common;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    fn byte(&mut self) -> u8 {
        self.next().to_le_bytes()[0]
    }

    /// Up to `max - 1` random bytes.
    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let len = self.below(max);
        (0..len).map(|_| self.byte()).collect()
    }
}

/// Pieces that steer random names towards the interesting cases.
const NAME_PIECES: &[&str] = &[
    "/",
    "\\",
    "\"",
    ":",
    "*",
    "?",
    "<",
    ">",
    "|",
    ".",
    "..",
    " ",
    "\t",
    "\n",
    "\r",
    "\0",
    "\u{7F}",
    "\u{85}",
    "\u{202E}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{E0041}",
    "CON",
    "com3",
    "é",
    "会",
    "🙂",
    "pdf",
    ".pdf",
    ".docx",
    ".exe",
    "report",
    "%",
    "'",
    ";",
];

fn random_name(rng: &mut Rng) -> String {
    let mut name = String::new();
    for _ in 0..rng.below(12) {
        if rng.below(4) == 0 {
            name.push_str(&String::from_utf8_lossy(&rng.bytes(6)));
        } else {
            name.push_str(NAME_PIECES[rng.below(NAME_PIECES.len())]);
        }
    }
    if rng.below(20) == 0 {
        name.push_str(&"x".repeat(rng.below(400)));
    }
    name
}

fn assert_safe(safe: &str) {
    assert!(!safe.is_empty());
    assert!(safe.chars().count() <= 120 && safe.len() <= 255, "{safe:?}");
    assert!(
        !safe.contains(['/', '\\', '"', ':', '*', '?', '<', '>', '|']),
        "{safe:?}"
    );
    assert!(!safe.chars().any(char::is_control), "{safe:?}");
    assert!(!safe.contains('\u{202E}'), "{safe:?}");
    assert!(
        !safe.starts_with(['.', ' ']) && !safe.ends_with(['.', ' ']),
        "{safe:?}"
    );
    let header = content_disposition(safe);
    assert!(
        header.is_ascii() && !header.chars().any(|c| c.is_ascii_control()),
        "{header:?}"
    );
}

#[test]
fn random_names_are_made_safe() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..500 {
        let name = random_name(&mut rng);
        let kind = Kind::ALL[i % Kind::ALL.len()];
        assert_safe(&safe_name(&name, Some(kind)));
        assert_safe(&safe_name(&name, None));
    }
}

#[test]
fn random_and_mutated_bytes_never_panic() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let fixtures: Vec<Vec<u8>> = common::every_kind().into_iter().map(|(_, b)| b).collect();
    let prefixes: [&[u8]; 5] = [
        b"PK\x03\x04",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        b"%PDF-",
        b"{\\rtf",
        b"\x89PNG\r\n\x1a\n",
    ];
    for i in 0..400 {
        let bytes = match i % 3 {
            0 => rng.bytes(600),
            1 => {
                let mut bytes = prefixes[rng.below(prefixes.len())].to_vec();
                bytes.extend(rng.bytes(2048));
                bytes
            }
            _ => {
                // A valid fixture with a few bytes changed, or cut short.
                let mut bytes = fixtures[rng.below(fixtures.len())].clone();
                for _ in 0..1 + rng.below(8) {
                    let at = rng.below(bytes.len());
                    bytes[at] = rng.byte();
                }
                if rng.below(3) == 0 {
                    bytes.truncate(rng.below(bytes.len() + 1));
                }
                bytes
            }
        };
        let _ = sniff(&bytes);
        let kind = Kind::ALL[rng.below(Kind::ALL.len())];
        let ext = kind.extensions()[0];
        let name = format!("{}.{ext}", random_name(&mut rng));
        if let Ok(found) = check(&name, &bytes, 1 << 20) {
            assert_eq!(found, kind, "{name:?}");
        }
        let _ = check(&random_name(&mut rng), &bytes, rng.next() % 4096);
    }
}
