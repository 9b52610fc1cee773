//! What the compile-time benchmarks share: writing a scratch crate, running cargo in it.

use std::path::Path;
use std::process::{Command, Stdio};

/// Writes `dir/Cargo.toml` (a workspace of its own, with `deps`) and the `files` under `dir/src`.
pub fn write_crate(dir: &Path, name: &str, deps: &str, files: &[(&str, &str)]) {
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{deps}\n\n[workspace]\n"
        ),
    )
    .unwrap();
    for (file, code) in files {
        let path = dir.join("src").join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, code).unwrap();
    }
}

/// Runs cargo in `dir`, quietly; panics if it fails.
pub fn cargo(dir: &Path, args: &[&str]) {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("cargo runs");
    assert!(
        status.success(),
        "cargo {args:?} failed in {}",
        dir.display()
    );
}
