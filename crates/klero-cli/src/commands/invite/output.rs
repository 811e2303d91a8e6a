//! The invited rows, written as CSV with the register's header: to a temporary file next to
//! the output, renamed when complete, so that a failure leaves nothing half-written. Every cell
//! is written with spreadsheet formulas neutralised (`klero_pool::formula`): a register cell
//! `=1+1` is written `'=1+1`.

use anyhow::Context as _;
use klero_pool::formula::neutralise;
use klero_pool::register::Register;
use klero_recruit::FileDigest;
use std::path::{Path, PathBuf};

/// Why `out` cannot be written to, if that can be seen before the draw.
pub fn check(out: &Path) -> Option<String> {
    if out.file_name().is_none() || out.is_dir() {
        return Some(format!("{} is not a file name", out.display()));
    }
    let dir = folder(out);
    (!dir.is_dir()).then(|| format!("the folder {} does not exist", dir.display()))
}

/// The folder of a file.
fn folder(out: &Path) -> &Path {
    out.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Writes the header and the rows at `lines` (in increasing order) of the register to `out`.
/// Nothing is written if the register's SHA-256 is no longer `digest` (the file changed since
/// the draw read it).
pub fn write(register: &Register, lines: &[u64], out: &Path, digest: &str) -> anyhow::Result<()> {
    let name = out
        .file_name()
        .with_context(|| format!("{} is not a file name", out.display()))?;
    let dir = folder(out);
    let mut temporary = Temporary {
        path: dir.join(format!(
            ".{}.{}.tmp",
            name.to_string_lossy(),
            std::process::id()
        )),
        renamed: false,
    };
    let path = temporary.path.clone();
    let file =
        std::fs::File::create_new(&path).with_context(|| format!("creating {}", path.display()))?;
    let mut writer = csv::Writer::from_writer(std::io::BufWriter::new(file));
    writer.write_record(register.header().iter().map(|h| neutralise(h).into_owned()))?;
    let mut wanted = lines.iter().copied().peekable();
    let mut read = FileDigest::new();
    let mut rows = 0;
    let mut failure = None;
    register.scan(&mut |bytes| read.update(bytes), &mut |row| {
        let Ok(row) = row else { return };
        while wanted.next_if(|&l| l < row.line).is_some() {}
        if wanted.next_if_eq(&row.line).is_some() && failure.is_none() {
            match writer.write_record(row.cells().map(|c| neutralise(c).into_owned())) {
                Ok(()) => rows += 1,
                Err(e) => failure = Some(e),
            }
        }
    })?;
    if let Some(e) = failure {
        return Err(e.into());
    }
    if read.finish() != digest || rows != lines.len() {
        anyhow::bail!("{}", super::changed(register));
    }
    let file = writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("{}", e.error()))?
        .into_inner()
        .map_err(|e| anyhow::anyhow!("{}", e.error()))?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&path, out)
        .with_context(|| format!("renaming {} to {}", path.display(), out.display()))?;
    temporary.renamed = true;
    Ok(())
}

/// A temporary file, removed when dropped unless it was renamed.
struct Temporary {
    path: PathBuf,
    renamed: bool,
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if !self.renamed {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}
