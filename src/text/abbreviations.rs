//! Word lists for sentence segmentation: English abbreviations by how they
//! behave before a capitalized word, words that typically open a sentence,
//! and words that cannot end one.
//!
//! Every lookup takes a word already folded to ASCII lowercase (see
//! [`lower_ascii`]); words that are not ASCII or longer than 15 bytes are
//! never abbreviations.

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

/// Folds `word` to ASCII lowercase in `buf`; `None` if it is not ASCII or is
/// too long to be an abbreviation.
pub fn lower_ascii<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// The class of a single-segment abbreviation (`Mr`, `Inc`, `etc`), given in
/// lowercase without its full stop.
pub fn lookup(lower: &str) -> Option<Abbrev> {
    use Abbrev::*;
    Some(match lower {
        // Titles and prefixes.
        "mr" | "mrs" | "ms" | "messrs" | "mmes" | "mme" | "mlle" | "dr" | "drs" | "prof" | "profs" | "rev" | "revd"
        | "hon" | "gen" | "lt" | "col" | "capt" | "cpt" | "cmdr" | "cdr" | "sgt" | "cpl" | "pvt" | "maj" | "adm"
        | "brig" | "gov" | "govs" | "sen" | "sens" | "rep" | "reps" | "pres" | "supt" | "insp" | "det" | "fr"
        | "mt" | "mssrs" | "atty" | "gens" | "lieut" | "cmdt" | "comdr" | "msgr" | "sr" | "sra" | "srta" | "hr"
        | "sec'y" | "rt" | "amb" => {
            if matches!(lower, "sr" | "hr") {
                Ambiguous
            } else {
                Title
            }
        }
        // Always followed by more of the sentence.
        "e.g" | "i.e" | "eg" | "ie" | "vs" | "v" | "cf" | "viz" | "approx" | "incl" | "esp" | "ca" | "aka"
        | "a.k.a" | "w.r.t" | "resp" | "cca" | "abt" => Internal,
        // Before numbers.
        "no" | "nos" | "nr" | "num" | "p" | "pp" | "pg" | "pgs" | "vol" | "vols" | "fig" | "figs" | "ch" | "chap"
        | "sec" | "secs" | "art" | "arts" | "para" | "paras" | "pt" | "pts" | "ex" | "ext" | "tel" | "ph" | "op"
        | "ref" | "refs" | "rs" | "hwy" | "rte" | "apt" | "ste" | "bldg" | "eq" | "eqs" | "tab" | "sect" | "cl"
        | "div" | "reg" | "ord" | "ser" | "bk" | "cap" | "fn" | "tbl" => Number,
        // Months and days.
        "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec" | "mon"
        | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" => Date,
        "a.m" | "p.m" | "am" | "pm" => Time,
        "etc" => Etc,
        // May end a sentence.
        "inc" | "corp" | "co" | "ltd" | "llc" | "plc" | "llp" | "bros" | "jr" | "esq" | "al" | "st" | "ave" | "av"
        | "rd" | "blvd" | "ln" | "pl" | "sq" | "ct" | "ft" | "dept" | "depts" | "univ" | "assn" | "assoc" | "intl"
        | "natl" | "govt" | "est" | "min" | "mins" | "max" | "hrs" | "yr" | "yrs" | "mo" | "mos" | "wk" | "wks"
        | "oz" | "lb" | "lbs" | "cu" | "misc" | "ed" | "eds" | "trans" | "ibid" | "cit" | "nb" | "ps" | "mfg"
        | "mgr" | "mgmt" | "dist" | "gal" | "qt" | "pkg" | "tsp" | "tbsp" | "sq.ft" | "ph.d" | "phd" | "m.d"
        | "b.a" | "m.a" | "b.s" | "m.s" | "d.c" | "u.s" | "u.k" | "u.n" | "e.u" | "u.s.a" | "med" | "btw" | "dba"
        | "mkt" | "yd" | "yds" | "mi" | "km" | "kg" | "cm" | "mm" | "ml" => Ambiguous,
        _ => return None,
    })
}

/// Abbreviations that count only when capitalized, because in lowercase
/// they are ordinary words: AP-style US state names (`Calif.`, `Wash.`,
/// `Mass.`). They may end a sentence. Takes the word as written.
pub fn is_capitalized_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Ala"
            | "Ariz"
            | "Ark"
            | "Calif"
            | "Cal"
            | "Colo"
            | "Conn"
            | "Del"
            | "Fla"
            | "Ga"
            | "Ill"
            | "Ind"
            | "Kan"
            | "Kans"
            | "Ky"
            | "La"
            | "Md"
            | "Mass"
            | "Mich"
            | "Minn"
            | "Miss"
            | "Mo"
            | "Mont"
            | "Neb"
            | "Nev"
            | "Okla"
            | "Ore"
            | "Pa"
            | "Penn"
            | "Tenn"
            | "Tex"
            | "Va"
            | "Vt"
            | "Wash"
            | "Wis"
            | "Wyo"
            | "Ont"
            | "Que"
            | "Alta"
            | "Sask"
            | "Man"
    )
}

/// Words that typically open a sentence. After an ambiguous abbreviation
/// (`Co.`, `U.S.`), a capitalized word from this list means the sentence
/// ended: `…& Co. It closed yesterday.` but `…the U.S. Government…`.
pub fn is_sentence_opener(lower: &str) -> bool {
    matches!(
        lower,
        "i" | "i'm"
            | "i've"
            | "i'll"
            | "i'd"
            | "he"
            | "she"
            | "it"
            | "it's"
            | "its"
            | "they"
            | "we"
            | "you"
            | "there"
            | "there's"
            | "this"
            | "that"
            | "these"
            | "those"
            | "the"
            | "a"
            | "an"
            | "but"
            | "and"
            | "or"
            | "so"
            | "yet"
            | "however"
            | "then"
            | "thus"
            | "therefore"
            | "also"
            | "although"
            | "though"
            | "while"
            | "when"
            | "whenever"
            | "where"
            | "what"
            | "who"
            | "why"
            | "how"
            | "which"
            | "if"
            | "as"
            | "after"
            | "before"
            | "because"
            | "since"
            | "until"
            | "unless"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "with"
            | "during"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "now"
            | "meanwhile"
            | "still"
            | "instead"
            | "finally"
            | "first"
            | "later"
            | "many"
            | "most"
            | "some"
            | "all"
            | "every"
            | "each"
            | "both"
            | "no"
            | "not"
            | "his"
            | "her"
            | "our"
            | "their"
            | "my"
            | "your"
            | "is"
            | "are"
            | "was"
            | "were"
            | "do"
            | "does"
            | "did"
            | "can"
            | "could"
            | "would"
            | "should"
            | "will"
            | "shall"
            | "may"
            | "might"
            | "must"
            | "have"
            | "has"
            | "had"
            | "let"
            | "let's"
            | "please"
            | "here"
            | "another"
            | "such"
            | "only"
            | "even"
            | "just"
            | "perhaps"
            | "maybe"
            | "indeed"
            | "overall"
            | "according"
            | "despite"
            | "nevertheless"
            | "furthermore"
            | "moreover"
            | "besides"
            | "otherwise"
            | "hence"
            | "additionally"
            | "again"
            | "anyway"
            | "consequently"
            | "currently"
            | "eventually"
            | "fortunately"
            | "unfortunately"
            | "similarly"
            | "sometimes"
            | "often"
            | "recently"
            | "yes"
            | "oh"
            | "well"
            | "thanks"
            | "thank"
            | "hello"
            | "hi"
            | "one"
            | "two"
            | "none"
            | "nothing"
            | "everyone"
            | "everything"
            | "someone"
            | "something"
            | "people"
    )
}

/// Words after which a line that breaks is sure to continue: articles,
/// prepositions, conjunctions, auxiliaries, possessives.
pub fn is_continuation(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "into"
            | "onto"
            | "upon"
            | "about"
            | "over"
            | "under"
            | "between"
            | "through"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "as"
            | "than"
            | "that"
            | "which"
            | "who"
            | "whose"
            | "whom"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "not"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "my"
            | "this"
            | "these"
            | "those"
            | "very"
            | "if"
            | "when"
            | "while"
            | "because"
            | "although"
            | "said"
            | "says"
            | "told"
            | "including"
            | "like"
    )
}

/// Verbs of speech: `"Hello!" she said` and `Leave me alone! he yelled` do
/// not end at the `!`.
pub fn is_speech_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "cried"
            | "shouted"
            | "yelled"
            | "replied"
            | "whispered"
            | "exclaimed"
            | "answered"
            | "added"
            | "thought"
            | "muttered"
            | "screamed"
            | "called"
            | "wondered"
            | "continued"
            | "began"
            | "laughed"
            | "sighed"
    )
}

/// Prepositions that open a sentence with a time or place phrase: `At 5 a.m.
/// Mr. Smith went to the bank` does not end after `a.m.`.
pub fn is_opening_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "at" | "by"
            | "before"
            | "after"
            | "until"
            | "till"
            | "around"
            | "about"
            | "from"
            | "since"
            | "on"
            | "in"
            | "between"
            | "near"
            | "shortly"
            | "just"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_looks_up() {
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("Mr", &mut buf).and_then(lookup), Some(Abbrev::Title));
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("INC", &mut buf).and_then(lookup), Some(Abbrev::Ambiguous));
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("Jan", &mut buf).and_then(lookup), Some(Abbrev::Date));
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("house", &mut buf).and_then(lookup), None);
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("naïve", &mut buf), None);
        assert!(is_sentence_opener("they"));
        assert!(!is_sentence_opener("government"));
    }
}
