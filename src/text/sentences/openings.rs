//! Short openings that are sentences of their own although no terminal
//! punctuation ends them: a salutation or valediction (`Greg, I faxed you…`,
//! `Regards, Jane`, `Vince - Thanks for…`) and a source in parentheses
//! (`(BBC) The militant…`).

use crate::text::normalize::is_space;

use super::cursor::{skip_openers, skip_space, starts_upper, word_at};
use super::lists::is_marker_at;
use super::rules::Rules;

/// At the `,` or ` - ` at `i` in a sentence that started at `sentence_start`:
/// was the sentence so far a salutation or valediction, so that it ends
/// after the mark?
pub(super) fn ends_salutation(t: &str, rules: &Rules, sentence_start: usize, i: usize) -> bool {
    let f = sentence_start;
    if f >= i || i - f > 40 {
        return false;
    }
    let head = t[f..i].trim_end_matches(is_space);
    let is_valediction = |w: &str| rules.is_valediction(w);
    // At most four words, each a capitalized name, `and`, or a valediction:
    // `Dear John and Mary`, `Best regards`. Not an acronym (`NASA, …`).
    let mut words = 0;
    for w in head.split([' ', ',']).filter(|w| !w.is_empty()) {
        words += 1;
        let ok = w == "and"
            || is_valediction(w)
            || (starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '.'));
        if !ok || words > 4 || (w.len() > 1 && w.chars().all(char::is_uppercase)) {
            return false;
        }
    }
    let after = i + 1;
    let (q, lines) = skip_space(t, after);
    if q == after || lines >= 2 || q >= t.len() || !starts_upper(word_at(t, skip_openers(t, q))) {
        return false;
    }
    let last = head.rsplit([' ', ',']).next().unwrap_or("");
    let first_word = head.split([' ', ',']).next().unwrap_or("");
    let greeting = rules.is_greeting(first_word);
    if t.as_bytes()[i] == b'-' {
        // `Vince - Thanks for the message`, but not `However - Jones said`.
        // Where every noun is capitalized, `Sakko - Ärmel` is a compound.
        if rules.nouns_capitalized() {
            return greeting;
        }
        let opener = rules.may_open_sentence(first_word) || first_word.ends_with("ly");
        !opener || greeting
    } else {
        // `Hi, Yes it is`, `Best regards, Jane`
        greeting || is_valediction(last)
    }
}

/// At the `)` at `i`, in a sentence that started at `sentence_start`: was the
/// sentence only a parenthetical, like a source (`(AP) Officials said…`)?
/// Not in the first sentence: a dateline opening the text (`(CNN) An
/// airliner…`) is stripped from it by the document model.
pub(super) fn ends_parenthetical(t: &str, sentence_start: usize, i: usize, first_sentence: bool) -> bool {
    let f = sentence_start;
    if first_sentence || f >= i || i - f > 80 || t.as_bytes()[f] != b'(' {
        return false;
    }
    if t[f + 1..i].contains(['(', ')', '.', '!', '?']) || is_marker_at(t, f) {
        return false;
    }
    let (q, lines) = skip_space(t, i + 1);
    if q == i + 1 || lines >= 2 || q >= t.len() {
        return false;
    }
    let inner = skip_openers(t, q);
    starts_upper(word_at(t, inner)) || inner > q
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::rules::ENGLISH;
    use crate::text::sentences::test_table::{check, sentences};

    #[test]
    fn salutations() {
        // The mark is the first `,` or ` - `; the sentence starts at 0.
        let at_mark = |t: &&str| {
            let i = t.find(" - ").map(|p| p + 1).or_else(|| t.find(',')).unwrap();
            ends_salutation(t, &ENGLISH, 0, i)
        };
        check(
            &[
                ("greeting, comma", "Hi, Yes it is.", true),
                ("greeting and name", "Hello John, Thanks for this.", true),
                ("valediction", "Best regards, Jane", true),
                ("one-word valediction", "Thanks, Bob", true),
                ("a name and a comma", "Greg, I faxed you.", false),
                ("a place and a comma", "Paris, France is nice.", false),
                ("valediction before lowercase", "Regards, jane", false),
                ("valediction before a blank line", "Regards,\n\nJane", false),
                ("an acronym", "NASA, The agency said.", false),
                ("a lowercase word", "Hi there, Bob", false),
                ("too many words", "Dear John and Mary and Sue, Hi", false),
                ("name, dash", "Vince - Thanks for the message.", true),
                ("greeting, dash", "Hello Vince - Thanks for it.", true),
                ("sentence opener, dash", "However - Jones said no.", false),
                ("adverb, dash", "Finally - Jones said no.", false),
            ],
            at_mark,
        );
    }

    #[test]
    fn sources_in_parentheses() {
        check(
            &[
                ("a source after the first sentence", ("Intro. (AP) Officials said so.", 7, 10, false), true),
                ("in the first sentence", ("(AP) Officials said so.", 0, 3, true), false),
                ("before lowercase", ("Intro. (AP) officials said so.", 7, 10, false), false),
                ("before a quote", ("Intro. (AP) \"No,\" he said.", 7, 10, false), true),
                ("with a full stop inside", ("Intro. (p. 5) The end.", 7, 12, false), false),
                ("a list marker", ("Intro. (b) The end.", 7, 9, false), false),
                ("before a blank line", ("Intro. (AP)\n\nThe end.", 7, 10, false), false),
                ("not at the start of the sentence", ("Intro. Wow (AP) The end.", 7, 14, false), false),
            ],
            |&(t, start, i, first)| ends_parenthetical(t, start, i, first),
        );
    }

    #[test]
    fn openings_split() {
        check(
            &[
                ("greeting", "Hi, Yes it is.", vec!["Hi,", "Yes it is."]),
                ("valediction", "Thanks again. Best regards, Jane", vec!["Thanks again.", "Best regards,", "Jane"]),
                ("source", "Intro. (AP) Officials said so.", vec!["Intro.", "(AP)", "Officials said so."]),
            ],
            |&t| sentences(t),
        );
    }
}
