//! Character classes of the splitter: which characters end, close, open or
//! bullet a sentence.

/// Punctuation that may end a sentence.
pub(super) fn is_terminal_char(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '‽'
            | '⁇'
            | '⁈'
            | '⁉'
            | '。'
            | '｡'
            | '！'
            | '？'
            | '．'
            | '؟'
            | '।'
            | '॥'
            | '։'
            | '።'
    )
}

/// Ends a sentence whatever follows (scripts written without spaces).
pub(super) fn is_hard_terminal(c: char) -> bool {
    matches!(c, '。' | '｡' | '！' | '？' | '؟' | '।' | '॥' | '։' | '።')
}

/// Closing quotes and brackets that stay with the sentence they close.
pub(super) fn is_closer(c: char) -> bool {
    // `“` and `«` close German quotations (`„Lust.“`, `»Ja!«`).
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '“'
            | ')'
            | ']'
            | '}'
            | '»'
            | '«'
            | '›'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〉'
            | '》'
            | '〕'
    )
}

/// Opening quotes and brackets (and the Spanish `¿` `¡`) skipped before the
/// first word of a sentence.
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '('
            | '['
            | '{'
            | '«'
            | '»'
            | '‹'
            | '「'
            | '『'
            | '（'
            | '【'
            | '`'
            | '¿'
            | '¡'
            | '„'
    )
}

/// List bullets: a bullet after white space starts a sentence.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
            | '❖'
            | '◆'
            | '∙'
    )
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Vowels (with `y`) of the Latin alphabet: a short word without any is an
/// abbreviation (`govt`, `Dept`).
pub(super) fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::check;

    #[test]
    fn classes() {
        type Class = fn(char) -> bool;
        let classes: [(&str, Class); 7] = [
            ("terminal", is_terminal_char),
            ("hard", is_hard_terminal),
            ("closer", is_closer),
            ("opener", is_opener),
            ("bullet", is_bullet),
            ("word", is_word_char),
            ("vowel", is_vowel),
        ];
        let of = |c: &char| -> Vec<&str> { classes.iter().filter(|(_, f)| f(*c)).map(|(n, _)| *n).collect() };
        check(
            &[
                ("full stop", '.', vec!["terminal"]),
                ("exclamation mark", '!', vec!["terminal"]),
                ("question mark", '?', vec!["terminal"]),
                ("ellipsis character", '…', vec!["terminal"]),
                ("interrobang", '‽', vec!["terminal"]),
                ("fullwidth full stop: needs a space after it", '．', vec!["terminal"]),
                ("ideographic full stop", '。', vec!["terminal", "hard"]),
                ("fullwidth question mark", '？', vec!["terminal", "hard"]),
                ("Arabic question mark", '؟', vec!["terminal", "hard"]),
                ("Devanagari danda", '।', vec!["terminal", "hard"]),
                ("Armenian full stop", '։', vec!["terminal", "hard"]),
                ("Ethiopic full stop", '።', vec!["terminal", "hard"]),
                ("straight double quote opens and closes", '"', vec!["closer", "opener"]),
                ("straight apostrophe opens and closes", '\'', vec!["closer", "opener"]),
                ("right double quote", '”', vec!["closer"]),
                ("left double quote (closes in German)", '“', vec!["closer", "opener"]),
                ("low double quote (German)", '„', vec!["opener"]),
                ("guillemet: closes in French, opens in German", '»', vec!["closer", "opener"]),
                ("guillemet: opens in French, closes in German", '«', vec!["closer", "opener"]),
                ("corner bracket", '」', vec!["closer"]),
                ("inverted question mark", '¿', vec!["opener"]),
                ("backtick", '`', vec!["opener"]),
                ("bullet", '•', vec!["bullet"]),
                ("check mark", '✓', vec!["bullet"]),
                ("hyphen is no bullet here", '-', vec![]),
                ("comma", ',', vec![]),
                ("colon", ':', vec![]),
                ("digit", '7', vec!["word"]),
                ("accented letter", 'é', vec!["word"]),
                ("CJK ideograph", '字', vec!["word"]),
                ("capital vowel", 'E', vec!["word", "vowel"]),
                ("y counts as a vowel", 'y', vec!["word", "vowel"]),
                ("consonant", 't', vec!["word"]),
                ("apostrophe is no word character", '’', vec!["closer"]),
            ],
            of,
        );
    }
}
