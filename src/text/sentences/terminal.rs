//! The decision at terminal punctuation: does the sentence end after this
//! cluster, and where? scan (`cluster`) → classify (`classify`) → decide
//! (here), by the kind of cluster and then by `Prev × Next`.

use crate::text::abbreviations::Abbrev;
use crate::text::normalize::is_space;

use super::chars::{is_bullet, is_closer, is_opener};
use super::classify::{Next, Prev};
use super::cluster::{Cluster, Kind};
use super::cursor::{
    skip_openers, skip_space, starts_lower, starts_upper, token_end_after, token_start_before, word_at, word_before,
    WORD_WINDOW,
};
use super::rules::Rules;
use super::tokens::{emoticon_len, separator_len};

/// A cluster of terminal punctuation followed by white space and more text
/// on the same paragraph, with what stands around it: all the decision reads.
pub(super) struct Terminal<'t> {
    t: &'t str,
    rules: &'t Rules,
    cluster: Cluster,
    /// Start of the token before the cluster, and its word (after openers).
    prev_start: usize,
    prev_word: &'t str,
    /// That word is the first of its sentence.
    at_start: bool,
    /// First character of the current sentence.
    sentence_start: Option<usize>,
    /// Start of the next token, of its first word (after openers), the word
    /// itself and its class.
    next_start: usize,
    next_inner: usize,
    next_word: &'t str,
    next: Next,
}

impl<'t> Terminal<'t> {
    /// The punctuation `cluster`, the next token at `next_start`, in a
    /// sentence that started at `sentence_start`.
    pub(super) fn new(
        t: &'t str,
        rules: &'t Rules,
        cluster: Cluster,
        next_start: usize,
        sentence_start: Option<usize>,
    ) -> Terminal<'t> {
        let i = cluster.start;
        let prev_start = token_start_before(t, i, WORD_WINDOW);
        let prev_word = &t[skip_openers(t, prev_start).min(i)..i];
        let next_inner = skip_openers(t, next_start);
        let next_word = word_at(t, next_inner);
        Terminal {
            t,
            rules,
            cluster,
            prev_start,
            prev_word,
            at_start: at_sentence_start(t, sentence_start, prev_start),
            sentence_start,
            next_start,
            next_inner,
            next_word,
            next: Next::of(next_word),
        }
    }

    /// Where the sentence ends, if it ends here: usually after the closers,
    /// but also after an emoticon or closing token that follows, or at the
    /// first stop of `. . . .`.
    pub(super) fn decide(&self) -> Option<usize> {
        match self.cluster.kind {
            Kind::Exclamation { question } => self.after_exclamation(question),
            Kind::Ellipsis => self.after_ellipsis(),
            Kind::FullStop => self.after_full_stop(Prev::of(self.prev_word, self.rules)),
        }
    }

    /// The sentence ends after the cluster and its closers (the usual answer).
    fn here(&self) -> Option<usize> {
        Some(self.cluster.closed_end)
    }

    fn after_full_stop(&self, prev: Prev) -> Option<usize> {
        match self.next {
            Next::Lower => {
                if self.cluster.closers > 0 {
                    return None;
                }
                match prev {
                    Prev::Word(_) | Prev::Number | Prev::Empty => self.here(),
                    // `no.`, `art.`: also ordinary words.
                    Prev::Abbr(Some(Abbrev::Number))
                        if self.rules.is_also_word(self.prev_word.trim_start_matches(is_opener)) =>
                    {
                        self.here()
                    }
                    _ => None,
                }
            }
            Next::Upper => match prev {
                Prev::Word(_) | Prev::Number | Prev::Empty => self.here(),
                Prev::Abbr(Some(Abbrev::Number)) if !self.at_start => self.here(),
                // `am 3. Oktober`, `der 2. Weltkrieg`, but `Es waren 3. Die…`
                Prev::ShortNumber if self.rules.ordinal_dots() => {
                    self.here().filter(|_| !self.at_start && self.rules.is_sentence_opener(self.next_word))
                }
                Prev::ShortNumber => self.here().filter(|_| !self.at_start),
                Prev::Initial(letter) => self.after_initial(letter),
                Prev::Abbr(class) => self.after_abbreviation(class),
            },
            Next::Digit => match prev {
                Prev::Word(_) | Prev::Number | Prev::Empty => self.here(),
                Prev::ShortNumber => self.here().filter(|_| !self.at_start),
                Prev::Abbr(Some(Abbrev::Time | Abbrev::Etc)) => self.here(),
                _ => None,
            },
            Next::Other => match prev {
                Prev::Word(_) | Prev::Number | Prev::Empty => self.before_symbol(),
                Prev::ShortNumber if !self.at_start => self.before_symbol(),
                _ => None,
            },
        }
    }

    /// A single capital letter, then a capitalized word.
    fn after_initial(&self, letter: char) -> Option<usize> {
        if self.at_start {
            return None;
        }
        let before = word_before(self.t, self.prev_start);
        let lower_before = starts_lower(before) || before.starts_with(|c: char| c.is_ascii_digit());
        // `you and I. Did…`, `World War I. The…`, but `Albert I. Jones`.
        let opener = self.rules.is_sentence_opener(self.next_word);
        ((lower_before && (letter == 'I' || opener)) || (letter == 'I' && opener)).then_some(self.cluster.closed_end)
    }

    /// An abbreviation, then a capitalized word.
    fn after_abbreviation(&self, class: Option<Abbrev>) -> Option<usize> {
        if self.at_start {
            return None;
        }
        let opener = || self.rules.is_sentence_opener(self.next_word);
        if self.t[self.next_start..].starts_with('(') {
            // `10 a.m. (CDT) at…`, `& Co. (cited from…)`
            return self.here().filter(|_| opener());
        }
        match class {
            Some(Abbrev::Title | Abbrev::Internal) => None,
            Some(Abbrev::Time) => {
                // `at 5 p.m. ET on Monday`: a time zone continues the sentence.
                let w = self.next_word;
                let zone = (2..=4).contains(&w.len()) && w.ends_with('T') && w.bytes().all(|b| b.is_ascii_uppercase());
                self.here().filter(|_| !zone && !self.prepositional_start())
            }
            Some(Abbrev::Etc) => self.here(),
            _ => self.here().filter(|_| opener()),
        }
    }

    /// Is the sentence so far (before the token with the full stop) a short
    /// phrase opened by a preposition, like `At 5`?
    fn prepositional_start(&self) -> bool {
        let pos = self.prev_start;
        let f = match self.sentence_start {
            Some(f) if f < pos && pos - f <= 40 => f,
            _ => return false,
        };
        let mut words = self.t[f..pos].split(is_space).filter(|w| !w.is_empty());
        let first = words.next().unwrap_or("");
        let rest = words.count();
        rest <= 2 && self.rules.is_opening_preposition(first)
    }

    /// After an ordinary full stop (or `!`, `?`), the next token is a symbol.
    fn before_symbol(&self) -> Option<usize> {
        let (t, q) = (self.t, self.next_start);
        let e = emoticon_len(t, q);
        if e > 0 {
            return Some(q + e);
        }
        let tok_end = token_end_after(t, q, WORD_WINDOW);
        let tok = &t[q..tok_end];
        if !tok.is_empty() && tok.chars().all(is_closer) {
            return Some(tok_end);
        }
        match tok.chars().next()? {
            ',' | ';' | ':' | '%' | '.' | '&' => None,
            '-' | '–' | '—' => {
                // `- Posted…` starts a sentence; `-- and`, `- she` do not.
                if crate::text::char_count(tok) == 1 || tok == "--" {
                    let (n, _) = skip_space(t, tok_end);
                    self.here().filter(|_| starts_upper(word_at(t, skip_openers(t, n))))
                } else {
                    self.here().filter(|_| separator_len(t, q) > 0)
                }
            }
            _ => self.here(),
        }
    }

    fn after_exclamation(&self, question: bool) -> Option<usize> {
        match self.next {
            Next::Lower => {
                if self.cluster.closers > 0 || self.speech_follows() {
                    return None;
                }
                if question || self.cluster.marks >= 2 {
                    return self.here();
                }
                // `Yahoo! in the…`, `ex-Wham! backing singers`: a name with an
                // exclamation mark.
                let word = self.prev_word;
                let name = word.rsplit('-').next().unwrap_or(word);
                self.here().filter(|_| !starts_upper(name))
            }
            Next::Upper => self.here(),
            Next::Digit => None,
            Next::Other => self.before_symbol(),
        }
    }

    /// `she said`, `he yelled`, `said Alice` after `!` or `?`.
    fn speech_follows(&self) -> bool {
        let word = self.next_word;
        let (n, _) = skip_space(self.t, self.next_inner + word.len());
        let after = word_at(self.t, n);
        if self.rules.is_speech_verb(word) {
            // `said Alice`, `asked the Mouse`
            return starts_upper(after) || self.rules.is_speaker_after_verb(after);
        }
        self.rules.is_speaker(word) && self.rules.is_speech_verb(after)
    }

    fn after_ellipsis(&self) -> Option<usize> {
        let (c, w) = (&self.cluster, self.next_word);
        let opens = match self.next {
            Next::Upper => !self.rules.continues_after_ellipsis(w),
            Next::Other => self.next_inner > self.next_start && emoticon_len(self.t, self.next_start) == 0,
            _ => false,
        };
        if !opens {
            return None;
        }
        if self.prev_word.is_empty() && self.at_start {
            // The sentence starts with the ellipsis: `. . . The practice…`
            return None;
        }
        if c.spaced && !self.prev_word.is_empty() && c.dots == 4 && c.closers == 0 {
            // `compounds. . . . The`: the sentence ended at the first stop.
            return Some(c.first_end);
        }
        self.here()
    }
}

/// Is the token starting at `pos` the first of the sentence that started at
/// `sentence_start` (allowing a bullet or opening bracket before it)?
fn at_sentence_start(t: &str, sentence_start: Option<usize>, pos: usize) -> bool {
    match sentence_start {
        None => true,
        Some(f) if f >= pos => true,
        Some(f) => {
            pos - f <= 8
                && t[f..pos].chars().all(|c| is_space(c) || is_bullet(c) || is_opener(c) || c == '-' || c == '*')
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::text::sentences::test_table::{check, sentences};

    #[test]
    fn full_stop() {
        check(
            &[
                ("word × capital", "It rained. The end.", vec!["It rained.", "The end."]),
                ("word × lowercase", "It rained. the end.", vec!["It rained.", "the end."]),
                ("word × lowercase after a quote", "He said \"Stop.\" and left.", vec!["He said \"Stop.\" and left."]),
                ("number × capital", "It was 2024. Then", vec!["It was 2024.", "Then"]),
                ("nothing × capital", "Wait . Then", vec!["Wait .", "Then"]),
                ("word × digit", "The score rose. 5 more came.", vec!["The score rose.", "5 more came."]),
                ("short number × capital", "He scored 3. Then he left.", vec!["He scored 3.", "Then he left."]),
                ("short number × capital at the start", "3. Then he left.", vec!["3. Then he left."]),
                ("short number × digit", "He scored 3. 4 more came.", vec!["He scored 3.", "4 more came."]),
                ("title × capital", "Ask Mr. Smith now.", vec!["Ask Mr. Smith now."]),
                ("internal × capital", "Fruit, e.g. Apples, is good.", vec!["Fruit, e.g. Apples, is good."]),
                ("before-number × digit", "Please turn to p. 55.", vec!["Please turn to p. 55."]),
                ("before-number × capital", "It is on this p. The end.", vec!["It is on this p.", "The end."]),
                ("before-number word × lowercase", "I said no. then I left.", vec!["I said no.", "then I left."]),
                ("before-number × lowercase", "See p. the top.", vec!["See p. the top."]),
                ("time × capital", "We met at 5 p.m. Then we left.", vec!["We met at 5 p.m.", "Then we left."]),
                ("time × time zone", "We met at 5 p.m. ET on Monday.", vec!["We met at 5 p.m. ET on Monday."]),
                ("time in a prepositional opening", "At 5 p.m. Jones arrived.", vec!["At 5 p.m. Jones arrived."]),
                ("time × digit", "We met at 5 p.m. 6 came.", vec!["We met at 5 p.m.", "6 came."]),
                ("etc × capital", "Pears etc. Then we ate.", vec!["Pears etc.", "Then we ate."]),
                (
                    "ambiguous × sentence opener",
                    "I live in the U.S. How about you?",
                    vec!["I live in the U.S.", "How about you?"],
                ),
                (
                    "ambiguous × other capital",
                    "I work for the U.S. Government here.",
                    vec!["I work for the U.S. Government here."],
                ),
                (
                    "ambiguous × parenthesis",
                    "Met at Jones & Co. (the firm) today.",
                    vec!["Met at Jones & Co. (the firm) today."],
                ),
                ("abbreviation opening the sentence", "Inc. The firm grew.", vec!["Inc. The firm grew."]),
                ("initial × capital", "My name is Jonas E. Smith.", vec!["My name is Jonas E. Smith."]),
                ("pronoun I × capital", "It was you and I. Did you know?", vec!["It was you and I.", "Did you know?"]),
                (
                    "Roman numeral × opener",
                    "It was World War I. The war ended.",
                    vec!["It was World War I.", "The war ended."],
                ),
                ("regnal number × name", "King Albert I. Jones was there.", vec!["King Albert I. Jones was there."]),
                ("word × emoticon", "Great. :) See you.", vec!["Great. :)", "See you."]),
                ("word × dash and capital", "Done. - Posted by Jane", vec!["Done.", "- Posted by Jane"]),
                ("word × dashes and lowercase", "Done. -- and more", vec!["Done. -- and more"]),
                ("word × comma", "Done. , then more", vec!["Done. , then more"]),
                ("word × closing bracket", "Done. ) Then more", vec!["Done. )", "Then more"]),
            ],
            |&t| sentences(t),
        );
    }

    #[test]
    fn exclamation_and_question() {
        check(
            &[
                ("exclamation × capital", "Stop! Now.", vec!["Stop!", "Now."]),
                ("pronoun and speech verb", "Stop! she said.", vec!["Stop! she said."]),
                ("speech verb and name", "Stop! said Alice.", vec!["Stop! said Alice."]),
                ("speech verb and article", "Stop! said the Mouse.", vec!["Stop! said the Mouse."]),
                ("in quotes × lowercase", "\"Stop!\" and he left.", vec!["\"Stop!\" and he left."]),
                ("question × lowercase", "Why? because.", vec!["Why?", "because."]),
                ("both × lowercase", "Really?! no way.", vec!["Really?!", "no way."]),
                ("exclamation after a word × lowercase", "I won! and then left.", vec!["I won!", "and then left."]),
                ("a name with an exclamation mark", "I use Yahoo! in the office.", vec!["I use Yahoo! in the office."]),
                ("a hyphenated name", "The ex-Wham! backing singers.", vec!["The ex-Wham! backing singers."]),
                ("exclamation × digit", "Wow! 5 people came.", vec!["Wow! 5 people came."]),
                ("exclamation × emoticon", "Wow! :) See you.", vec!["Wow! :)", "See you."]),
            ],
            |&t| sentences(t),
        );
    }

    #[test]
    fn ellipsis() {
        check(
            &[
                ("× capital", "Wait... The end.", vec!["Wait...", "The end."]),
                ("× pronoun I", "Wait... I think so.", vec!["Wait... I think so."]),
                ("× pronoun I with an apostrophe", "Wait... I'm sure.", vec!["Wait... I'm sure."]),
                ("× a word starting with I", "Wait... In time.", vec!["Wait...", "In time."]),
                ("× lowercase", "Wait... then go.", vec!["Wait... then go."]),
                ("× digit", "Wait... 5 came.", vec!["Wait... 5 came."]),
                ("× quote", "Wait... \"Go.\"", vec!["Wait...", "\"Go.\""]),
                ("opening a sentence", ". . . The practice grew.", vec![". . . The practice grew."]),
                (
                    "a full stop then a spaced ellipsis",
                    "compounds. . . . The rest",
                    vec!["compounds.", ". . . The rest"],
                ),
            ],
            |&t| sentences(t),
        );
    }
}
