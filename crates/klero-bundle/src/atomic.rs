//! Writing an output folder so that a failure leaves no half-written folder: files go to a
//! hidden temporary folder beside the target, which is then renamed into place. A previous
//! Kleroterion output in the target is replaced; anything else is left alone.

use crate::BundleError;
use crate::layout::{SETTINGS, SUMS};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Every file under `dir`, as relative paths with `/` separators, sorted.
pub(crate) fn list_files(dir: &Path) -> std::io::Result<Vec<String>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                walk(root, &path, out)?;
            } else {
                let relative = path.strip_prefix(root).unwrap_or(&path);
                let parts: Vec<String> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    files.sort();
    Ok(files)
}

/// `Ok` if `dir` holds a previous Kleroterion output that may be replaced: a `settings.json`
/// whose `format` starts with `kleroterion-`, a `SHA256SUMS`, and no file that `SHA256SUMS` does
/// not list (so that nothing else would be lost). `Err` says why not.
pub fn check_replaceable(dir: &Path) -> Result<(), String> {
    let settings =
        std::fs::read(dir.join(SETTINGS)).map_err(|_| format!("it has no readable {SETTINGS}"))?;
    let format = serde_json::from_slice::<serde_json::Value>(&settings)
        .ok()
        .and_then(|v| v.get("format").and_then(|f| f.as_str()).map(str::to_owned))
        .unwrap_or_default();
    if !format.starts_with("kleroterion-") {
        return Err(format!("its {SETTINGS} is not a klero one"));
    }
    let sums = std::fs::read_to_string(dir.join(SUMS)).map_err(|_| format!("it has no {SUMS}"))?;
    let sums = crate::parse_sums(&sums).map_err(|e| format!("{SUMS}: {e}"))?;
    let listed: std::collections::HashSet<&str> = sums.iter().map(|(_, p)| p.as_str()).collect();
    let files = list_files(dir).map_err(|e| format!("it cannot be listed: {e}"))?;
    let extra: Vec<&String> = files
        .iter()
        .filter(|f| f.as_str() != SUMS && !listed.contains(f.as_str()))
        .collect();
    if let Some(first) = extra.first() {
        return Err(format!(
            "it holds {} file(s) that are not part of it, such as `{first}`",
            extra.len()
        ));
    }
    Ok(())
}

/// Writes `files` (relative paths with `/` separators, and their bytes) as the folder `dir`.
///
/// `dir` may not exist, be empty, or hold a previous Kleroterion output (see
/// [`check_replaceable`]); otherwise nothing is written and the error says why.
pub fn write_directory(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<(), BundleError> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| BundleError::WouldOverwrite {
            dir: dir.to_owned(),
            reason: "the path does not name a folder".into(),
        })?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let exists = match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => true,
        Ok(_) => {
            return Err(BundleError::WouldOverwrite {
                dir: dir.to_owned(),
                reason: "it is a file, not a folder".into(),
            });
        }
        Err(_) => false,
    };
    if exists {
        let empty = std::fs::read_dir(dir)
            .map_err(|e| BundleError::io("reading", dir, e))?
            .next()
            .is_none();
        if !empty {
            check_replaceable(dir).map_err(|reason| BundleError::WouldOverwrite {
                dir: dir.to_owned(),
                reason,
            })?;
        }
    }
    std::fs::create_dir_all(&parent).map_err(|e| BundleError::io("creating", &parent, e))?;
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.tmp-"))
        .tempdir_in(&parent)
        .map_err(|e| BundleError::io("creating a temporary folder in", &parent, e))?;
    for (relative, bytes) in files {
        let path = staging.path().join(relative);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| BundleError::io("creating", folder, e))?;
        }
        let mut file =
            std::fs::File::create(&path).map_err(|e| BundleError::io("creating", &path, e))?;
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| BundleError::io("writing", &path, e))?;
    }
    if exists {
        // Move the old folder aside, move the new one in, then delete the old one.
        let old = tempfile::Builder::new()
            .prefix(&format!(".{name}.old-"))
            .tempdir_in(&parent)
            .map_err(|e| BundleError::io("creating a temporary folder in", &parent, e))?;
        let aside = old.path().join(&name);
        std::fs::rename(dir, &aside).map_err(|e| BundleError::io("moving aside", dir, e))?;
        if let Err(e) = std::fs::rename(staging.path(), dir) {
            let _ = std::fs::rename(&aside, dir);
            return Err(BundleError::io("moving into place", dir, e));
        }
        let _ = staging.keep();
        drop(old); // deletes the old output
    } else {
        std::fs::rename(staging.path(), dir)
            .map_err(|e| BundleError::io("moving into place", dir, e))?;
        let _ = staging.keep();
    }
    Ok(())
}

/// Writes one file so that a failure leaves the previous file, or none, never half of one: the
/// bytes go to a temporary file beside it, which is then renamed into place.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), BundleError> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(&parent)
        .map_err(|e| BundleError::io("creating a temporary file in", &parent, e))?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .map_err(|e| BundleError::io("writing", path, e))?;
    file.persist(path)
        .map_err(|e| BundleError::io("moving into place", path, e.error))?;
    Ok(())
}
