//! A CSV register streamed row by row, with the line numbers an editor shows.

use std::collections::VecDeque;
use std::io::Read;

use crate::limits::MAX_RECORD_BYTES;

/// The CSV reader's buffer: how far it may read past the record it returns.
const READ_AHEAD: u64 = 1 << 16;

/// A reader that shows every byte it passes to an observer (to hash the file as it is read)
/// and notes where lines break, so that a record's byte offset gives its line.
///
/// The CSV reader's own line numbers cannot be used: it counts blank lines and Windows line
/// ends in its own way. Lines are counted as an editor shows them: `\n`, `\r\n` or a lone `\r`
/// ends a line, inside quotes too. Only the breaks of the bytes read ahead are remembered.
pub(super) struct Tee<'o, R> {
    inner: R,
    observe: &'o mut dyn FnMut(&[u8]),
    /// Bytes passed so far.
    offset: u64,
    /// Each `\r` or `\n` not yet passed by a record: its offset and whether it ends a line
    /// (a `\n` after `\r` does not: `\r\n` is one line end).
    breaks: VecDeque<(u64, bool)>,
    last_was_cr: bool,
    /// The line of the next byte after the breaks already taken out of `breaks`.
    line: u64,
    /// Where the last record asked for starts: a record may not run on past
    /// [`MAX_RECORD_BYTES`] (with the reader's buffer on top), so one row can never make the
    /// CSV reader (or `breaks`) hold gigabytes.
    record_start: u64,
}

impl<'o, R: Read> Tee<'o, R> {
    pub(super) fn new(inner: R, observe: &'o mut dyn FnMut(&[u8])) -> Self {
        Tee {
            inner,
            observe,
            offset: 0,
            breaks: VecDeque::new(),
            last_was_cr: false,
            line: 1,
            record_start: 0,
        }
    }

    /// The line of a record the CSV reader says starts at byte `start`: the line of its first
    /// byte that is not a line break (the reader may start a record on the `\n` of a `\r\n`,
    /// or on the blank lines before it). Records must be asked for in order.
    pub(super) fn line_of_record(&mut self, start: u64) -> u64 {
        self.record_start = start;
        while let Some(&(at, ends)) = self.breaks.front() {
            if at >= start {
                break;
            }
            self.breaks.pop_front();
            self.line += u64::from(ends);
        }
        let mut first = start;
        while let Some(&(at, ends)) = self.breaks.front() {
            if at != first {
                break;
            }
            self.breaks.pop_front();
            self.line += u64::from(ends);
            first += 1;
        }
        self.line
    }
}

impl<R: Read> Read for Tee<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // The reader reads ahead by at most its buffer (`reader`), so past this many bytes
        // since the last record started, one record is longer than the limit.
        if self.offset - self.record_start.min(self.offset) > MAX_RECORD_BYTES + READ_AHEAD {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "a row is longer than {} (the limit)",
                    crate::limits::mib(MAX_RECORD_BYTES)
                ),
            ));
        }
        let n = self.inner.read(buf)?;
        let seen = buf.get(..n).unwrap_or_default();
        // Eight bytes at a time: most hold no line break.
        let mut chunks = seen.chunks(8);
        let mut at = self.offset;
        for chunk in &mut chunks {
            let word = <[u8; 8]>::try_from(chunk).map(u64::from_le_bytes);
            if word.is_ok_and(|w| !has_byte(w, b'\n') && !has_byte(w, b'\r')) {
                self.last_was_cr = false;
            } else {
                for (at, &b) in (at..).zip(chunk) {
                    self.note(at, b);
                }
            }
            at += chunk.len() as u64;
        }
        (self.observe)(seen);
        self.offset += n as u64;
        Ok(n)
    }
}

impl<R> Tee<'_, R> {
    fn note(&mut self, at: u64, byte: u8) {
        match byte {
            b'\r' => {
                self.breaks.push_back((at, true));
                self.last_was_cr = true;
            }
            b'\n' => {
                self.breaks.push_back((at, !self.last_was_cr));
                self.last_was_cr = false;
            }
            _ => self.last_was_cr = false,
        }
    }
}

/// Whether any of the eight bytes of `word` is `byte` (the classic bit trick: a byte of
/// `word ^ pattern` is zero).
fn has_byte(word: u64, byte: u8) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let x = word ^ (ONES * u64::from(byte));
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// A CSV reader over a [`Tee`]: comma-separated, any number of fields per row (the caller
/// checks them), a UTF-8 byte order mark skipped.
pub(super) fn reader<R: Read>(tee: Tee<'_, R>) -> csv::Reader<Tee<'_, R>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(READ_AHEAD as usize)
        .from_reader(tee)
}

/// Reads the next record that is not blank, with its line; `Ok(None)` at the end.
pub(super) fn next_record<R: Read>(
    reader: &mut csv::Reader<Tee<'_, R>>,
    record: &mut csv::ByteRecord,
) -> Result<Option<u64>, csv::Error> {
    loop {
        if !reader.read_byte_record(record)? {
            return Ok(None);
        }
        let start = record.position().map_or(0, csv::Position::byte);
        let line = reader.get_mut().line_of_record(start);
        if !record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            return Ok(Some(line));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8]) -> Vec<(u64, Vec<String>)> {
        let mut seen = Vec::new();
        let mut observe = |b: &[u8]| seen.extend_from_slice(b);
        let mut reader = reader(Tee::new(bytes, &mut observe));
        let mut record = csv::ByteRecord::new();
        let mut out = Vec::new();
        while let Some(line) = next_record(&mut reader, &mut record).unwrap_or(None) {
            let cells = record
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned());
            out.push((line, cells.collect()));
        }
        drop(reader);
        assert_eq!(seen, bytes);
        out
    }

    #[test]
    fn counts_lines_as_an_editor_shows_them() {
        let unix = lines(b"\xEF\xBB\xBFa,b\n1,2\n\n3,\"x\ny\"\n , \n4,5");
        let windows = lines(b"a,b\r\n1,2\r\n\r\n3,\"x\r\ny\"\r\n , \r\n4,5\r\n");
        let mac = lines(b"a,b\r1,2\r\r3,\"x\ry\"\r , \r4,5\r");
        for got in [&unix, &windows, &mac] {
            let numbers: Vec<u64> = got.iter().map(|(l, _)| *l).collect();
            assert_eq!(numbers, vec![1, 2, 4, 7], "{got:?}");
        }
        assert_eq!(unix[0].1, vec!["a", "b"]);
        assert_eq!(unix[2].1, vec!["3", "x\ny"]);
    }

    #[test]
    fn finds_line_breaks_anywhere_in_a_word() {
        for i in 0..8 {
            for byte in [b'\n', b'\r'] {
                let mut word = [b'x'; 8];
                word[i] = byte;
                assert!(has_byte(u64::from_le_bytes(word), byte));
            }
        }
        assert!(!has_byte(
            u64::from_le_bytes(*b"ab\x0b\x0e\x8a\x8d\xff\x00"),
            b'\n'
        ));
        assert!(!has_byte(
            u64::from_le_bytes(*b"ab\x0b\x0e\x8a\x8d\xff\x00"),
            b'\r'
        ));
    }

    #[test]
    fn a_row_past_the_limit_stops_the_reader() {
        let long = format!(
            "id,note\n1,\"{}\n\"\n",
            "x\n".repeat(MAX_RECORD_BYTES as usize)
        );
        let mut ignore = |_: &[u8]| {};
        let mut reader = reader(Tee::new(long.as_bytes(), &mut ignore));
        let mut record = csv::ByteRecord::new();
        assert_eq!(next_record(&mut reader, &mut record).unwrap(), Some(1));
        let e = next_record(&mut reader, &mut record).unwrap_err();
        assert!(
            e.to_string().contains("longer than 1 MiB (the limit)"),
            "{e}"
        );
        // Just under the limit, the row is read.
        let fits = format!("id\n{}\n", "y".repeat(MAX_RECORD_BYTES as usize - 1));
        let got = lines(fits.as_bytes());
        assert_eq!(got[1].1[0].len(), MAX_RECORD_BYTES as usize - 1);
    }

    #[test]
    fn blank_lines_first_and_a_long_file() {
        assert_eq!(lines(b"\n\n  \na\n")[0].0, 4);
        let mut text = String::from("id\n");
        for i in 0..100_000 {
            text.push_str(&format!("{i}\r\n"));
        }
        let got = lines(text.as_bytes());
        assert_eq!(got.len(), 100_001);
        assert_eq!(got[100_000], (100_001, vec!["99999".to_owned()]));
    }
}
