//! The tagger's model loader: corrupt or truncated bytes give an error,
//! never a panic; a model that loads tags text without panicking.
//!
//! Every model carries a checksum, so random bytes almost never get past it.
//! When the first byte is odd, the rest is patched before loading (magic,
//! version and tag count set, checksum recomputed) so that the fuzzer reaches
//! the record parser behind the checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutshell::internals::entities::Model;

fn fnv32(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

const HEADER: usize = 20;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        assert!(Model::from_bytes(data).is_err());
        return;
    };
    let mut bytes = rest.to_vec();
    if mode & 1 == 1 && bytes.len() >= HEADER {
        bytes[..4].copy_from_slice(nutshell::internals::entities::model::MAGIC);
        bytes[4..6].copy_from_slice(&nutshell::internals::entities::model::VERSION.to_le_bytes());
        bytes[6] = 9;
        let sum = fnv32(&bytes[HEADER..]);
        bytes[16..20].copy_from_slice(&sum.to_le_bytes());
    }
    match Model::from_bytes(&bytes) {
        Ok(model) => {
            let sentences = vec![
                vec!["Angela", "Merkel", "visited", "Paris", "on", "Monday", "."],
                vec!["The", "EU", "and", "Reuters", "said", "so"],
            ];
            let language = model.languages().next().expect("a model names a language");
            let tags = nutshell::internals::entities::tag_conll(&model, language, &sentences);
            assert_eq!(tags.len(), 2);
            assert_eq!(tags[0].len(), 7);
        }
        Err(e) => assert!(e.to_string().starts_with("invalid model: "), "{e}"),
    }
});
