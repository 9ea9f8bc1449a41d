//! EMAIL: one token, which the tokenizer keeps whole (`press@example.com`).

use super::{Cursor, Found};
use crate::entities::tokens::is_email;
use crate::entities::EntityType;

pub(super) fn at(c: &Cursor, i: usize) -> Option<Found> {
    is_email(c.word(i)).then_some(Found { kind: EntityType::Email, start: i, end: i + 1 })
}

#[cfg(test)]
mod tests {
    use super::super::testing::table;
    use crate::language::Language;

    #[test]
    fn email() {
        table(
            "email",
            Language::En,
            &[
                ("Write to press@example.com for details.", &["EMAIL press@example.com"]),
                ("Mail first.last+news@mail.example.co.uk today", &["EMAIL first.last+news@mail.example.co.uk"]),
                ("(jo@example.org)", &["EMAIL jo@example.org"]),
                // Not addresses: a handle, a bare domain, an address without a dot in its domain.
                ("Follow @nutshell on the app.", &[]),
                ("Meet me @ 5.", &[]),
                ("root@localhost is not public.", &[]),
                ("user@.com and user@com.", &[]),
            ],
        );
    }
}
