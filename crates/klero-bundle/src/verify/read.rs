//! Reading what `klero verify` is given: a bundle's folder, a folder it was unzipped into, or the
//! zip itself, as files in memory keyed by their path in the bundle.

use crate::BundleError;
use crate::atomic::list_files;
use crate::layout::{SETTINGS, SUMS};
use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::Path;

/// Largest bundle read, unpacked (a bundle of a pool of 100,000 is about 60 MB).
const MAX_BYTES: u64 = 1 << 30;
/// Most files in a zip.
const MAX_FILES: usize = 1_000;

/// The files of the bundle at `path`, by path within the bundle.
pub(super) fn bundle_files(path: &Path) -> Result<BTreeMap<String, Vec<u8>>, BundleError> {
    let not_a_bundle = |reason: String| BundleError::NotABundle {
        path: path.to_owned(),
        reason,
    };
    let files = if path.is_dir() {
        let names = list_files(path).map_err(|e| BundleError::io("listing", path, e))?;
        let mut total = 0u64;
        let mut files = BTreeMap::new();
        for name in names {
            let file = path.join(&name);
            let size = std::fs::metadata(&file)
                .map_err(|e| BundleError::io("reading", &file, e))?
                .len();
            total += size;
            if total > MAX_BYTES {
                return Err(not_a_bundle(format!(
                    "it holds more than {} MiB",
                    MAX_BYTES >> 20
                )));
            }
            let bytes = std::fs::read(&file).map_err(|e| BundleError::io("reading", &file, e))?;
            files.insert(name, bytes);
        }
        files
    } else if path.is_file() {
        let bytes = std::fs::read(path).map_err(|e| BundleError::io("reading", path, e))?;
        if !bytes.starts_with(b"PK") {
            return Err(not_a_bundle(
                "it is a file but not a zip: give the bundle's folder or its zip".into(),
            ));
        }
        unzip(&bytes).map_err(not_a_bundle)?
    } else {
        return Err(not_a_bundle("there is no such file or folder".into()));
    };
    inside_one_folder(files).map_err(not_a_bundle)
}

/// The files of a zip, bounded in count and in real unpacked size.
fn unzip(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("it is not a readable zip ({e})"))?;
    if archive.len() > MAX_FILES {
        return Err(format!("the zip holds more than {MAX_FILES} files"));
    }
    let mut files = BTreeMap::new();
    let mut total = 0u64;
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .map_err(|e| format!("the zip is damaged ({e})"))?;
        if entry.is_dir() {
            continue;
        }
        let Some(name) = entry.enclosed_name() else {
            let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
            return Err(format!("the zip names a file outside itself: `{name}`"));
        };
        let name: Vec<String> = name
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let mut content = Vec::new();
        let left = MAX_BYTES - total;
        (&mut entry)
            .take(left + 1)
            .read_to_end(&mut content)
            .map_err(|e| format!("the zip is damaged ({e})"))?;
        total += content.len() as u64;
        if total > MAX_BYTES {
            return Err(format!("it unpacks to more than {} MiB", MAX_BYTES >> 20));
        }
        files.insert(name.join("/"), content);
    }
    Ok(files)
}

/// The files as the bundle names them: as they are if `settings.json` or `SHA256SUMS` is at the
/// top, else less the one folder everything is in (a zip unpacked into a folder of its own).
fn inside_one_folder(
    files: BTreeMap<String, Vec<u8>>,
) -> Result<BTreeMap<String, Vec<u8>>, String> {
    if files.contains_key(SETTINGS) || files.contains_key(SUMS) {
        return Ok(files);
    }
    let top: std::collections::BTreeSet<&str> = files
        .keys()
        .map(|name| name.split_once('/').map_or(name.as_str(), |(dir, _)| dir))
        .collect();
    let folder = match top.into_iter().collect::<Vec<_>>().as_slice() {
        [one] if files.keys().all(|n| n.starts_with(&format!("{one}/"))) => format!("{one}/"),
        _ => {
            return Err(format!(
                "it has no {SETTINGS} or {SUMS}: it is not a Kleroterion bundle"
            ));
        }
    };
    let inner: BTreeMap<String, Vec<u8>> = files
        .into_iter()
        .map(|(name, bytes)| (name[folder.len()..].to_owned(), bytes))
        .collect();
    if inner.contains_key(SETTINGS) || inner.contains_key(SUMS) {
        Ok(inner)
    } else {
        Err(format!(
            "neither it nor its folder `{}` has a {SETTINGS} or {SUMS}: it is not a \
             Kleroterion bundle",
            folder.trim_end_matches('/')
        ))
    }
}
