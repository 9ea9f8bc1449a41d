//! URL: one token, which the tokenizer keeps whole (`https://example.com/a`,
//! `www.example.org`).

use super::{Cursor, Found};
use crate::entities::tokens::starts_as_url;
use crate::entities::EntityType;

/// A link ([`is_link`](crate::entities::tokens::is_link)) that is no e-mail address: the e-mail
/// rule, before this one in [`RULES`](super::RULES), has taken every address, so only the URL half
/// of the test is asked here (not a second search for `@` at every token).
pub(super) fn at(c: &Cursor, i: usize) -> Option<Found> {
    let w = c.word(i);
    (starts_as_url(w) && w.len() > 8).then_some(Found { kind: EntityType::Url, start: i, end: i + 1 })
}

#[cfg(test)]
mod tests {
    use super::super::testing::table;
    use crate::language::Language;

    #[test]
    fn url() {
        table(
            "url",
            Language::En,
            &[
                ("See https://example.com/news/1 for more.", &["URL https://example.com/news/1"]),
                ("See www.example.org today.", &["URL www.example.org"]),
                ("Old link: HTTP://EXAMPLE.COM/A.", &["URL HTTP://EXAMPLE.COM/A"]),
                ("(https://example.com/a?b=1&c=2)", &["URL https://example.com/a?b=1&c=2"]),
                // Not links: a scheme alone, a bare domain, a file name.
                ("Type https:// then the address.", &[]),
                ("Visit example.com today.", &[]),
                ("Open report.pdf in the viewer.", &[]),
            ],
        );
    }
}
