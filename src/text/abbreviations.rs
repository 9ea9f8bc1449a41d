//! The classes of the sentence splitter's abbreviations, and the folding of
//! a word before it is looked up in a language's lists (`[abbreviations]`
//! and `[sentences]` of `languages/<code>.toml`, see [`crate::language`]).

/// How an abbreviation followed by a full stop behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// A title or prefix that is always followed by what it qualifies:
    /// `Mr.`, `Dr.`, `Gen.`, `Mt.`. Never ends a sentence.
    Title,
    /// Always inside a sentence: `e.g.`, `i.e.`, `vs.`, `cf.`, `viz.`.
    Internal,
    /// Stands before a number: `No. 5`, `p. 55`, `Fig. 3`, `Vol. 2`.
    /// Before anything else it behaves like [`Abbrev::Ambiguous`].
    Number,
    /// A month or weekday: `Jan. 20`, `Dec. 31st`.
    Date,
    /// `a.m.`, `p.m.`: ends a sentence before any capitalized word, unless the
    /// sentence so far is only a prepositional phrase (`At 5 a.m. Mr. Smith…`).
    Time,
    /// `etc.`: ends a sentence before any capitalized word.
    Etc,
    /// Can end a sentence (`Inc.`, `Co.`, `Jr.`, `U.S.`, `St.`): it does when
    /// the next word is a typical sentence opener (`It`, `The`, `How`…).
    Ambiguous,
}

/// Longest folded word looked up, in bytes: longer words are never
/// abbreviations or listed words (the build refuses longer abbreviations).
pub const MAX_FOLDED: usize = 16;

/// Folds `word` to lowercase in `buf`, the typographic apostrophe `’` to
/// `'`; `None` if it is empty or its folded form is longer than the buffer.
pub fn fold<'b>(word: &str, buf: &'b mut [u8; MAX_FOLDED]) -> Option<&'b str> {
    let b = word.as_bytes();
    if b.is_empty() {
        return None;
    }
    let mut n = 0;
    if word.is_ascii() {
        if b.len() > buf.len() {
            return None;
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        n = b.len();
    } else {
        for c in word.chars() {
            let c = if c == '’' { '\'' } else { c };
            for l in crate::text::lowercase::lowercase(c) {
                let len = l.len_utf8();
                if n + len > buf.len() {
                    return None;
                }
                l.encode_utf8(&mut buf[n..n + len]);
                n += len;
            }
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds() {
        let cases: [(&str, Option<&str>); 8] = [
            ("Mr", Some("mr")),
            ("INC", Some("inc")),
            ("I’m", Some("i'm")),
            ("Dña", Some("dña")),
            ("SR.ª", Some("sr.ª")),
            ("", None),
            ("Internationalization", None),
            ("Überschwänglich", None),
        ];
        let mut failures = Vec::new();
        for (word, expected) in cases {
            let mut buf = [0u8; MAX_FOLDED];
            let got = fold(word, &mut buf).map(str::to_string);
            if got.as_deref() != expected {
                failures.push(format!("{word:?}: expected {expected:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }
}
