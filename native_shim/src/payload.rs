//! The payload appended to the launcher: the precompiled module, a manifest, and a trailer.
//!
//! ```text
//! [launcher executable][precompiled module][manifest][trailer: 72 bytes]
//!
//! trailer:  0  magic "MOLTEXE1"
//!           8  u64 LE  offset of the module from the start of the file
//!          16  u64 LE  length of the module
//!          24  u64 LE  offset of the manifest
//!          32  u64 LE  length of the manifest
//!          40  32 bytes  wasmtime version that precompiled the module, NUL-padded
//! ```
//!
//! The manifest is UTF-8 lines; `dir<TAB>host path<TAB>guest path` grants a directory.
//! molt/native.py writes this layout; the two must agree byte for byte.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

pub const MAGIC: &[u8; 8] = b"MOLTEXE1";
pub const TRAILER_SIZE: u64 = 72;

pub struct Payload {
    pub module: Vec<u8>,
    pub version: String,
    pub dirs: Vec<(String, String)>,
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap())
}

fn read_range(file: &mut File, offset: u64, length: u64) -> std::io::Result<Vec<u8>> {
    file.seek(SeekFrom::Start(offset))?;
    let mut bytes = vec![0; length as usize];
    file.read_exact(&mut bytes)?;
    Ok(bytes)
}

/// The payload appended to the executable at `path`, or why there is none.
pub fn read(path: &Path) -> Result<Payload, String> {
    let unreadable = |e: std::io::Error| format!("cannot read the program from {}: {e}", path.display());
    let mut file = File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size < TRAILER_SIZE {
        return Err("this launcher carries no Molt program".into());
    }
    let trailer = read_range(&mut file, size - TRAILER_SIZE, TRAILER_SIZE).map_err(unreadable)?;
    if &trailer[0..8] != MAGIC {
        return Err("this launcher carries no Molt program".into());
    }
    let (module_at, module_len) = (u64_at(&trailer, 8), u64_at(&trailer, 16));
    let (manifest_at, manifest_len) = (u64_at(&trailer, 24), u64_at(&trailer, 32));
    let end = size - TRAILER_SIZE;
    if module_at.checked_add(module_len).map_or(true, |e| e > end)
        || manifest_at.checked_add(manifest_len).map_or(true, |e| e > end)
    {
        return Err("the program appended to this launcher is damaged".into());
    }
    let version_bytes = &trailer[40..72];
    let version_len = version_bytes.iter().position(|&b| b == 0).unwrap_or(version_bytes.len());
    let version = String::from_utf8_lossy(&version_bytes[..version_len]).into_owned();
    let module = read_range(&mut file, module_at, module_len).map_err(unreadable)?;
    let manifest = read_range(&mut file, manifest_at, manifest_len).map_err(unreadable)?;
    let manifest = String::from_utf8(manifest).map_err(|_| "the program's manifest is damaged".to_string())?;
    let mut dirs = Vec::new();
    for line in manifest.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["dir", host, guest] => dirs.push((host.to_string(), guest.to_string())),
            [] | [""] => {}
            _ => return Err(format!("the program's manifest has an unknown entry: {line}")),
        }
    }
    Ok(Payload { module, version, dirs })
}
