//! What nutshell does for each language: the `unsupported` field of an
//! analysis and the `languages()` list of the bindings.
//!
//! A summary works in every language (script-aware splitting, term overlap).
//! Keywords need the language's stop words, or they would be its function
//! words (`de`, `und`, `la`). Entities are supported when the rules know the
//! language's money and date words (its `[entities]` lists) or an entity
//! model covers it; otherwise they are switched off rather than guessed with
//! another language's rules and model (DESIGN.md, "Languages as data").

use super::{profile, Language};
use crate::text::cjk;
use serde::Serialize;

/// An analysis that may be unavailable for a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Capability {
    Keywords,
    Entities,
}

/// What nutshell does for one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageSupport {
    /// ISO 639-1.
    pub code: &'static str,
    /// ISO 639-3.
    pub code3: &'static str,
    /// The English name.
    pub name: &'static str,
    /// The language's own name.
    pub native_name: &'static str,
    /// Always true: every language nutshell knows is summarized.
    pub summary: bool,
    pub keywords: bool,
    pub entities: bool,
}

/// True when the entity rules know the language: its file has the money
/// and date words they look for (English's today).
pub fn rules_cover(language: Language) -> bool {
    let p = profile(language);
    !p.entities.currency_words.is_empty() && !p.calendar.month_words.is_empty()
}

/// What nutshell does for `language`; `model_covers`: whether the entity
/// model in use was trained on it. Without the cargo feature `entities`,
/// `entities` is false for every language.
pub fn support(language: Language, model_covers: bool) -> LanguageSupport {
    let p = profile(language);
    LanguageSupport {
        code: p.code,
        code3: p.code3,
        name: p.name,
        native_name: p.native_name,
        summary: true,
        // Chinese, Japanese and Thai need no stop words: their keywords are
        // character n-grams.
        keywords: p.has_keywords() || cjk::writes_without_spaces(language),
        // Without the cargo feature `entities` neither the rules nor a model are there.
        entities: cfg!(feature = "entities") && (model_covers || rules_cover(language)),
    }
}

impl LanguageSupport {
    /// The analyses switched off for this language, in a fixed order
    /// (`keywords`, `entities`); empty when all are supported.
    pub fn unsupported(&self) -> Vec<Capability> {
        let mut out = Vec::new();
        if !self.keywords {
            out.push(Capability::Keywords);
        }
        if !self.entities {
            out.push(Capability::Entities);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "entities")]
    #[test]
    fn english_has_everything_and_spaceless_scripts_no_entities() {
        let en = support(Language::En, false);
        assert!(en.summary && en.keywords && en.entities, "{en:?}");
        assert!(en.unsupported().is_empty());
        // Thai keywords are character n-grams (text/cjk.rs): no stop words needed.
        let th = support(Language::Th, false);
        assert_eq!(th.unsupported(), [Capability::Entities]);
        assert!(support(Language::Th, true).unsupported().is_empty());
        // Korean has neither stop words nor a spaceless script (yet).
        assert_eq!(support(Language::Ko, false).unsupported(), [Capability::Keywords, Capability::Entities]);
    }

    #[cfg(not(feature = "entities"))]
    #[test]
    fn without_the_entities_feature_no_language_has_entities() {
        for lang in Language::ALL {
            assert!(!support(lang, true).entities, "{lang}");
            assert_eq!(support(lang, true).unsupported().last(), Some(&Capability::Entities), "{lang}");
        }
    }

    #[test]
    fn keywords_follow_the_stop_words() {
        for lang in Language::ALL {
            let s = support(lang, false);
            let spaceless = cjk::writes_without_spaces(lang);
            assert_eq!(s.keywords, spaceless || !profile(lang).stop_words.is_empty(), "{lang}");
        }
        let with_lists = cfg!(feature = "languages");
        for lang in [Language::De, Language::Fr, Language::Es, Language::It, Language::Pt, Language::Nl] {
            assert_eq!(support(lang, false).keywords, with_lists, "{lang}");
        }
    }

    #[test]
    fn serialized_in_camel_case() {
        let json = serde_json::to_value(support(Language::De, false)).unwrap();
        assert_eq!(json["nativeName"], "Deutsch");
        assert_eq!(json["code3"], "deu");
        assert_eq!(serde_json::to_string(&Capability::Entities).unwrap(), "\"entities\"");
    }
}
