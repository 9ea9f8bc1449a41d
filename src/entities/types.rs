//! The one table of entity types: what each is called in JSON (`PERSON`), the
//! heading a reader sees (`People`), a one-line description, what finds it (the
//! learned model or the rules), the group it belongs to and the CSS custom
//! property that colours it. [`EntityType`] and its serde names are
//! generated from the table, the wasm module exports it (`entityTypes()`), and
//! the page, the popup and the TypeScript types follow it (a test compares
//! npm/index.d.ts with it). Rows are in display order.

use serde::Serialize;

/// How the front ends group the types: names the tagger finds, figures and
/// contacts the rules find.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityGroup {
    /// People, organisations, places and other names (the learned tagger).
    Names,
    /// Money, percentages, dates, times and quantities (the rules).
    Figures,
    /// E-mail addresses and links (the rules).
    Contacts,
}

/// What finds a type: the learned tagger (needs a model) or the rules
/// (always on, no model needed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntitySource {
    Model,
    Rules,
}

/// One row of the table, as the wasm module exports it:
/// `{ code, label, description, source, group, color }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EntityTypeInfo {
    #[serde(skip)]
    pub kind: EntityType,
    /// The name in JSON and text output (`PERSON`).
    pub code: &'static str,
    /// The heading of the type's group of chips (`People`).
    pub label: &'static str,
    /// What the type covers, in one line (a tooltip).
    pub description: &'static str,
    pub source: EntitySource,
    pub group: EntityGroup,
    /// The CSS custom property that holds the type's colour (`--c-person`);
    /// the stylesheets define it.
    pub color: &'static str,
}

/// Writes the enum and the table from one list, so the two cannot drift.
macro_rules! entity_types {
    ($( $variant:ident = $code:literal, $label:literal, $description:literal, $source:ident, $group:ident, $color:literal; )*) => {
        /// The kind of thing an entity is (one row of [`ENTITY_TYPES`]).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum EntityType {
            $( #[doc = $description] $variant, )*
        }

        /// Every entity type, in display order (the order of [`EntityType`]).
        pub const ENTITY_TYPES: &[EntityTypeInfo] = &[
            $( EntityTypeInfo {
                kind: EntityType::$variant,
                code: $code,
                label: $label,
                description: $description,
                source: EntitySource::$source,
                group: EntityGroup::$group,
                color: $color,
            }, )*
        ];
    };
}

entity_types! {
    Person = "PERSON", "People", "A person, real or fictional.", Model, Names, "--c-person";
    Org = "ORG", "Organizations", "A company, institution, team, party or agency.", Model, Names, "--c-org";
    Location = "LOCATION", "Places", "A country, city, region, address or landmark.", Model, Names, "--c-location";
    Money = "MONEY", "Money", "A sum of money: $12 billion, 2,3 Milliarden Euro.", Rules, Figures, "--c-money";
    Percent = "PERCENT", "Percentages", "A percentage: 15%, 12,5 %, 15 per cent.", Rules, Figures, "--c-percent";
    Date = "DATE", "Dates", "A date or period: Nov. 28, 2026, last Tuesday, 1er janvier 2027.", Rules, Figures, "--c-date";
    Time = "TIME", "Times", "A time of day: 10:30 a.m., 14.30 Uhr.", Rules, Figures, "--c-time";
    Quantity = "QUANTITY", "Quantities", "An amount with a unit: 5 km, 800 pounds, 20°C.", Rules, Figures, "--c-quantity";
    Email = "EMAIL", "E-mail addresses", "An e-mail address.", Rules, Contacts, "--c-email";
    Url = "URL", "Links", "A web address.", Rules, Contacts, "--c-url";
    Misc = "MISC", "Other names", "Another name: an event, work, product or nationality.", Model, Names, "--c-misc";
}

impl EntityType {
    /// Every type, in display order.
    pub const ALL: [EntityType; ENTITY_TYPES.len()] = {
        let mut all = [EntityType::Person; ENTITY_TYPES.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = ENTITY_TYPES[i].kind;
            i += 1;
        }
        all
    };

    /// The type's row in [`ENTITY_TYPES`].
    pub fn info(self) -> &'static EntityTypeInfo {
        &ENTITY_TYPES[self as usize]
    }

    /// The name used in JSON and text output (`PERSON`, `ORG`…).
    pub fn as_str(self) -> &'static str {
        self.info().code
    }

    /// The type of a code as written in JSON (`PERSON`), if any.
    pub fn from_code(code: &str) -> Option<EntityType> {
        ENTITY_TYPES.iter().find(|t| t.code == code).map(|t| t.kind)
    }

    /// Names found by the learned tagger (as opposed to the rules).
    pub fn is_name(self) -> bool {
        self.info().source == EntitySource::Model
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Serialized as its code (`"PERSON"`).
impl Serialize for EntityType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_and_the_enum_agree() {
        for (i, t) in ENTITY_TYPES.iter().enumerate() {
            assert_eq!(t.kind as usize, i, "{} is row {i}", t.code);
            assert_eq!(EntityType::ALL[i], t.kind);
            assert_eq!(EntityType::from_code(t.code), Some(t.kind));
            assert_eq!(serde_json::to_string(&t.kind).unwrap(), format!("\"{}\"", t.code));
            assert_eq!(t.color, format!("--c-{}", t.code.to_lowercase()), "colour slots follow the code");
        }
        let codes: crate::hash::HashSet<&str> = ENTITY_TYPES.iter().map(|t| t.code).collect();
        let labels: crate::hash::HashSet<&str> = ENTITY_TYPES.iter().map(|t| t.label).collect();
        assert_eq!(codes.len(), ENTITY_TYPES.len(), "codes are unique");
        assert_eq!(labels.len(), ENTITY_TYPES.len(), "labels are unique");
        assert_eq!(EntityType::from_code("person"), None, "codes are upper case");
    }

    #[test]
    fn names_are_the_taggers_types() {
        let names: Vec<&str> = ENTITY_TYPES.iter().filter(|t| t.kind.is_name()).map(|t| t.code).collect();
        assert_eq!(names, ["PERSON", "ORG", "LOCATION", "MISC"]);
        for t in ENTITY_TYPES {
            assert_eq!(
                t.group == EntityGroup::Names,
                t.source == EntitySource::Model,
                "{}: names come from the model",
                t.code
            );
        }
    }

    #[test]
    fn a_row_serializes_as_the_page_reads_it() {
        let row = serde_json::to_value(EntityType::Money.info()).unwrap();
        assert_eq!(
            row,
            serde_json::json!({
                "code": "MONEY",
                "label": "Money",
                "description": "A sum of money: $12 billion, 2,3 Milliarden Euro.",
                "source": "rules",
                "group": "figures",
                "color": "--c-money"
            })
        );
    }
}
