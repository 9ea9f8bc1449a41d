//! The input shapes of the complexity and memory examples: news (the fixture articles
//! repeated) and the worst shapes found by hand (issue 18).

/// One input shape: a name and a generator of (about) `bytes` bytes of it.
pub struct Shape {
    pub name: &'static str,
    pub make: fn(usize) -> String,
}

fn repeat_to(piece: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + piece.len());
    while out.len() < bytes {
        out.push_str(piece);
    }
    out
}

/// Paragraphs of the fixture articles, each copy numbered so that the text
/// does not only repeat itself (news: what the page is made for).
fn news(bytes: usize) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let mut base = String::new();
    for case in ["coreweave", "dateline-news", "list-heavy", "no-title-plain"] {
        base += &std::fs::read_to_string(format!("{root}{case}/input.txt")).expect("fixture");
        base += "\n\n";
    }
    let mut out = String::with_capacity(bytes + base.len());
    let mut i = 0;
    while out.len() < bytes {
        out += &format!("Part {i}.\n\n");
        out += &base;
        i += 1;
    }
    out
}

pub const SHAPES: &[Shape] = &[
    Shape { name: "news", make: news },
    Shape { name: "long-word", make: |n| "ay".repeat(n / 2) },
    Shape { name: "one-line", make: |n| repeat_to("The council met again and voted on it, ", n) },
    Shape { name: "tiny-lines", make: |n| repeat_to("a\n", n) },
    Shape { name: "possessives", make: |n| repeat_to("'s ", n) },
    Shape {
        name: "distinct-words",
        make: |n| {
            let mut out = String::with_capacity(n + 16);
            let mut i = 0u64;
            while out.len() < n {
                out += &format!("w{i:x} ");
                i += 1;
            }
            out
        },
    },
    Shape { name: "capitalized", make: |n| repeat_to("Alpha Beta Gamma. Delta Epsilon said. ", n) },
    Shape {
        name: "chinese",
        make: |n| {
            repeat_to("江城地铁五号线今天上午正式开通运营，全长三十二公里。市民说，现在乘坐地铁只需要三十五分钟。\n", n)
        },
    },
];
