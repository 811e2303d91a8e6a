//! Just enough of the OLE compound file format (MS-CFB) to list the streams and storages at the
//! top of the directory: following the directory's sector chain through the FAT, then the
//! root's red-black tree of children. Every index is bounds-checked and every walk bounded, so
//! damaged or hostile files give `None`, never a panic or a loop.

use crate::Kind;

/// The compound file signature.
pub(crate) const SIGNATURE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// Sector numbers at and above this are special (end of chain, free, FAT, DIFAT).
const MAX_REGULAR: u32 = 0xFFFF_FFFA;
/// No sibling or child.
const NO_STREAM: u32 = 0xFFFF_FFFF;
/// The size of a directory entry.
const ENTRY: usize = 128;
/// Directory entry object types.
const STORAGE: u8 = 1;
/// A stream entry.
const STREAM: u8 = 2;

/// The kind of a compound file from the streams at the top of its directory.
pub(crate) fn kind(bytes: &[u8]) -> Option<Kind> {
    let top = top_level(bytes)?;
    let has = |wanted: &[&str]| {
        top.iter().any(|(name, kind)| {
            *kind == STREAM && wanted.iter().any(|w| w.eq_ignore_ascii_case(name))
        })
    };
    if has(&["WordDocument"]) {
        Some(Kind::Doc)
    } else if has(&["Workbook", "Book"]) {
        Some(Kind::Xls)
    } else if has(&["PowerPoint Document"]) {
        Some(Kind::Ppt)
    } else {
        None
    }
}

/// Whether a Word or Excel 97–2003 file holds a VBA project (the `Macros` or `_VBA_PROJECT_CUR`
/// storage at the top of its directory).
pub(crate) fn has_vba(bytes: &[u8]) -> bool {
    top_level(bytes).is_some_and(|top| {
        top.iter().any(|(name, kind)| {
            *kind == STORAGE
                && (name.eq_ignore_ascii_case("Macros")
                    || name.eq_ignore_ascii_case("_VBA_PROJECT_CUR"))
        })
    })
}

/// A little-endian `u32` at `at`.
fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let slice = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(slice.try_into().ok()?))
}

/// A little-endian `u16` at `at`.
fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let slice = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes(slice.try_into().ok()?))
}

/// The file's sectors.
struct Sectors<'a> {
    /// The whole file.
    bytes: &'a [u8],
    /// log2 of the sector size (9 or 12).
    shift: u32,
    /// The sectors holding the FAT, in order.
    fat: Vec<u32>,
}

impl<'a> Sectors<'a> {
    /// The bytes of sector `n`, if it lies within the file.
    fn get(&self, n: u32) -> Option<&'a [u8]> {
        let size = 1usize << self.shift;
        let start = usize::try_from(n).ok()?.checked_add(1)?.checked_mul(size)?;
        self.bytes.get(start..start.checked_add(size)?)
    }

    /// How many sectors the file can hold at most: the bound of every walk.
    fn count(&self) -> usize {
        (self.bytes.len() >> self.shift) + 1
    }

    /// The sector after `n` in its chain.
    fn next(&self, n: u32) -> Option<u32> {
        let per = (1u32 << self.shift) / 4;
        let fat_sector = self.fat.get(usize::try_from(n / per).ok()?)?;
        u32_at(self.get(*fat_sector)?, usize::try_from(n % per).ok()? * 4)
    }
}

/// The names and object types of the entries at the top of the directory.
fn top_level(bytes: &[u8]) -> Option<Vec<(String, u8)>> {
    if !bytes.starts_with(SIGNATURE) {
        return None;
    }
    let shift = u32::from(u16_at(bytes, 0x1E)?);
    if shift != 9 && shift != 12 {
        return None;
    }
    let mut sectors = Sectors {
        bytes,
        shift,
        fat: Vec::new(),
    };
    // The first 109 FAT sectors are listed in the header, the others in the DIFAT chain.
    for i in 0..109 {
        let sector = u32_at(bytes, 0x4C + 4 * i)?;
        if sector < MAX_REGULAR {
            sectors.fat.push(sector);
        }
    }
    let per = (1usize << shift) / 4;
    let mut difat = u32_at(bytes, 0x44)?;
    let mut steps = 0;
    while difat < MAX_REGULAR && steps < sectors.count() {
        let sector = sectors.get(difat)?;
        for i in 0..per - 1 {
            let fat = u32_at(sector, 4 * i)?;
            if fat < MAX_REGULAR {
                sectors.fat.push(fat);
            }
        }
        difat = u32_at(sector, 4 * (per - 1))?;
        steps += 1;
    }
    // The directory: a chain of sectors of 128-byte entries.
    let mut directory: Vec<&[u8]> = Vec::new();
    let mut sector = u32_at(bytes, 0x30)?;
    while sector < MAX_REGULAR {
        if directory.len() >= sectors.count() {
            return None;
        }
        directory.push(sectors.get(sector)?);
        sector = sectors.next(sector)?;
    }
    let per_sector = (1usize << shift) / ENTRY;
    let entry = |id: u32| -> Option<&[u8]> {
        let id = usize::try_from(id).ok()?;
        let sector = directory.get(id / per_sector)?;
        let start = (id % per_sector) * ENTRY;
        sector.get(start..start + ENTRY)
    };
    // The root's children form a tree through their left and right siblings.
    let root = entry(0)?;
    let total = directory.len() * per_sector;
    let mut seen = vec![false; total];
    let mut stack = vec![u32_at(root, 0x4C)?];
    let mut top = Vec::new();
    while let Some(id) = stack.pop() {
        if id == NO_STREAM {
            continue;
        }
        let index = usize::try_from(id).ok()?;
        if *seen.get(index)? {
            return None;
        }
        seen[index] = true;
        let child = entry(id)?;
        let len = usize::from(u16_at(child, 0x40)?).min(64);
        let units: Vec<u16> = (0..(len / 2).saturating_sub(1))
            .filter_map(|i| u16_at(child, 2 * i))
            .collect();
        let name: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        top.push((name, *child.get(0x42)?));
        stack.push(u32_at(child, 0x44)?);
        stack.push(u32_at(child, 0x48)?);
    }
    Some(top)
}
