//! WebAssembly bindings (wasm32 only). Filled in by the wasm/npm work.
