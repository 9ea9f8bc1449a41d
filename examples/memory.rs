//! Where the heap goes in one analysis (issue 18, item 5): a counting global
//! allocator reports the peak heap of each stage beyond the input text itself
//! (the document, then each analysis of it with the document held) and of a
//! whole `analyze`. Native figures: the wasm module's memory is this peak plus
//! the allocator's slack (scripts/wasm-memory.mjs measures that). Figures only:
//!
//!     cargo run --release --example memory [-- --mb 10 --shapes news,possessives]

use nutshell::{Analyzer, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

mod shapes;
use shapes::SHAPES;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = IN_USE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Relaxed);
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: f64 = 1024.0 * 1024.0;

/// Runs `f` and returns its result with the peak heap it reached above `base`, in MB.
fn peak_of<T>(base: usize, f: impl FnOnce() -> T) -> (T, f64) {
    PEAK.store(IN_USE.load(Relaxed), Relaxed);
    let out = f();
    (out, PEAK.load(Relaxed).saturating_sub(base) as f64 / MB)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let mb: f64 = arg("--mb").map_or(10.0, |v| v.parse().expect("--mb"));
    let only: Option<Vec<String>> = arg("--shapes").map(|v| v.split(',').map(String::from).collect());
    let analyzer =
        Analyzer::builder().options(Options { max_input_bytes: usize::MAX, ..Default::default() }).build().unwrap();

    println!("Peak heap above the {mb} MB input, MB (native; counting allocator)\n");
    println!("| shape | document (held) | document peak | + summary | + keywords | + entities | whole analyze |");
    println!("|---|---|---|---|---|---|---|");
    for shape in SHAPES {
        if only.as_ref().is_some_and(|o| !o.iter().any(|s| s == shape.name)) {
            continue;
        }
        let text = (shape.make)((mb * MB) as usize);
        let base = IN_USE.load(Relaxed);
        let (doc, doc_peak) = peak_of(base, || analyzer.document(&text).unwrap());
        let held = (IN_USE.load(Relaxed) - base) as f64 / MB;
        let (_, summary) = peak_of(base, || drop(analyzer.summarize_document(&doc)));
        let (_, keywords) = peak_of(base, || drop(analyzer.keywords_document(&doc)));
        let (_, entities) = peak_of(base, || drop(analyzer.entities_document(&doc)));
        drop(doc);
        let (_, whole) = peak_of(base, || drop(analyzer.analyze(&text).unwrap()));
        println!(
            "| {} | {held:.0} | {doc_peak:.0} | {summary:.0} | {keywords:.0} | {entities:.0} | {whole:.0} |",
            shape.name
        );
        use std::io::Write;
        std::io::stdout().flush().ok();
    }
}
