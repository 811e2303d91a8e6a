//! The SHA-256 of a file, computed from its bytes as they are read, so that anyone can check
//! that a draw used the register they hold.

use sha2::{Digest, Sha256};

/// A SHA-256 hash being computed.
#[derive(Clone, Default)]
pub struct FileDigest(Sha256);

impl FileDigest {
    /// A hash of nothing yet.
    pub fn new() -> Self {
        FileDigest::default()
    }

    /// Adds the next bytes of the file.
    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// The hash, in lower-case hexadecimal (as `sha256sum` prints it).
    pub fn finish(self) -> String {
        hex::encode(self.0.finalize())
    }
}

impl std::fmt::Debug for FileDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FileDigest")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_sha256sum() {
        let mut digest = FileDigest::new();
        digest.update(b"ab");
        digest.update(b"c");
        assert_eq!(
            digest.finish(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
