//! Reads the wasmtime version from host/engine.toml and checks it against this crate's pin,
//! so that the launcher and the Python precompiler can never be built for different versions.

use std::fs;

fn main() {
    let engine_toml = "../host/engine.toml";
    println!("cargo:rerun-if-changed={engine_toml}");
    println!("cargo:rerun-if-changed=Cargo.toml");
    let engine = fs::read_to_string(engine_toml).expect("host/engine.toml is missing");
    let version = engine
        .lines()
        .find_map(|line| line.strip_prefix("wasmtime_version = "))
        .map(|v| v.trim().trim_matches('"').to_string())
        .expect("host/engine.toml has no wasmtime_version");
    let manifest = fs::read_to_string("Cargo.toml").expect("Cargo.toml is missing");
    let pin = format!("wasmtime = {{ version = \"={version}\"");
    assert!(
        manifest.contains(&pin),
        "native_shim/Cargo.toml must pin wasmtime to ={version}, as host/engine.toml says"
    );
    println!("cargo:rustc-env=MOLT_WASMTIME_VERSION={version}");
}
