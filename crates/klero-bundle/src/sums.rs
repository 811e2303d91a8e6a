//! `SHA256SUMS`, in the format of `sha256sum`, so that `sha256sum -c SHA256SUMS` checks a bundle
//! without any Kleroterion software.

use sha2::{Digest, Sha256};

/// The SHA-256 of some bytes, in lower-case hexadecimal.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// `(hash, path)` for each file, in the order given.
pub fn hash_files(files: &[(String, Vec<u8>)]) -> Vec<(String, String)> {
    files
        .iter()
        .map(|(path, bytes)| (sha256_hex(bytes), path.clone()))
        .collect()
}

/// The text of `SHA256SUMS`: one `HASH  PATH` line per file (two spaces: text mode).
pub fn render_sums(files: &[(String, Vec<u8>)]) -> String {
    hash_files(files)
        .into_iter()
        .map(|(hash, path)| format!("{hash}  {path}\n"))
        .collect()
}

/// Reads `SHA256SUMS` back into `(hash, path)` pairs; `Err` names the first bad line.
pub fn parse_sums(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut sums = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let parsed = line
            .split_once("  ")
            .or_else(|| line.split_once(" *"))
            .filter(|(hash, path)| {
                hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()) && !path.is_empty()
            });
        let Some((hash, path)) = parsed else {
            return Err(format!("line {} is not `HASH  FILE`", n + 1));
        };
        sums.push((hash.to_ascii_lowercase(), path.to_owned()));
    }
    Ok(sums)
}
