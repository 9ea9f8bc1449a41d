//! Document-level resolution: mentions of one entity merged into one entry.
//!
//! - The key of a name is its tokens folded to lower case, so `CoreWeave`
//!   and `Coreweave` are one company; `'s` is a token of its own, so
//!   `Microsoft's` is Microsoft.
//! - One string gets one type throughout the document (the majority of the
//!   tagger's votes in the body text).
//! - A name found once is found everywhere: later (or earlier) capitalised
//!   occurrences the tagger missed become mentions too.
//! - `International Business Machines (IBM)` links the acronym to the name.
//! - `Tidewright` after `Tidewright Energy` is the same organization (the
//!   first word of exactly one longer organization name).
//! - `Huang` after `Jensen Huang` is the same person (a surname or first name
//!   of exactly one full name in the document).
//! - A Title Case or ALL CAPS headline keeps only names the body confirms,
//!   so that `Microsoft Decides Against Using …` is not a pile of entities.
//!
//! Everything is linear in the number of tokens (hash maps, no all-pairs work).

use super::features::{hash_bytes, sentence_mode, WordClasses, CLASS_FORENAME, CLASS_LEXICON, CLASS_SURNAME};
use super::{Entities, Entity, EntityType, Mention, TaggedSentence};
use crate::hash::HashMap;
use crate::language::EntityWords;
use crate::span::Span;
use crate::text::layout::Role;
use crate::text::normalize::fold_word;

/// A name found by the tagger: sentence, first token, end token, type.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Name {
    pub sentence: usize,
    pub first: usize,
    pub end: usize,
    pub kind: EntityType,
}

/// What resolution knows of the document's words besides the text: the model's word classes for
/// its language (first names, surnames, common lowercase words: casing evidence from the training
/// text), and whether the language is English (the cue words in this file are English).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Words<'a> {
    pub classes: Option<&'a WordClasses>,
    pub english: bool,
    /// The language's entity words (`org_heads`, `place_heads`, `name_links`, `titles`).
    pub lists: Option<&'static EntityWords>,
}

impl Words<'_> {
    /// The class bits of a word (0 without a model), looked up as the tagger does.
    fn bits(&self, word: &str) -> u8 {
        let lower: String = word.chars().flat_map(char::to_lowercase).collect();
        self.classes.map_or(0, |c| c.bits(hash_bytes(lower.as_bytes())))
    }

    /// A known first name or surname (`Ellen`, `Park`).
    fn is_name_word(&self, word: &str) -> bool {
        self.bits(word) & (CLASS_FORENAME | CLASS_SURNAME) != 0
    }

    /// The type a name opening with this folded word has in a head-first language
    /// (`banco` → organisation, `estadio` → place).
    fn head(&self, folded: &str) -> Option<EntityType> {
        let lists = self.lists?;
        if lists.org_heads.contains(folded) {
            Some(EntityType::Org)
        } else if lists.place_heads.contains(folded) {
            Some(EntityType::Location)
        } else {
            None
        }
    }

    /// A title before a person's name (`ceo`, `dr.`; `m.`, `herr`, `premier` from the
    /// language's `titles`).
    fn is_title(&self, folded: &str) -> bool {
        TITLES.binary_search(&folded).is_ok() || self.lists.is_some_and(|l| l.titles.contains(folded))
    }

    /// A title of rank kept in the name it opens (the language's `rank_titles`: `Lord Palmerston`,
    /// `Baron Haußmann`, `Koning Leopold`, `Prins Otto`), the names historic German and Dutch
    /// newspapers know people by. In Europeana-de and -nl's fit and tune gold these stand inside the
    /// person's name 81 times and before it 4 times (`lord` 30 / 2, `baron` 20 / 2, `koning` 12 / 0,
    /// `prins` 8 / 0), while forms of address and offices stand before it (`Herr` 0 / 113, `Dr.` 0 / 42,
    /// `heer` 0 / 226, `General` 3 / 13). English has none: its figures were held fixed (round 16).
    fn is_rank_title(&self, folded: &str) -> bool {
        self.lists.is_some_and(|l| l.rank_titles.contains(folded))
    }

    /// Does the language make an untagged acronym an organisation (`acronyms_are_orgs`)?
    fn acronyms_are_orgs(&self) -> bool {
        self.lists.is_some_and(|l| l.acronyms_are_orgs)
    }

    /// An acronym of common nouns (`ceo`, `tv`; the language's `common_acronyms`: `pib`, `tva`).
    fn is_common_acronym(&self, folded: &str) -> bool {
        COMMON_ACRONYMS.binary_search(&folded).is_ok() || self.lists.is_some_and(|l| l.common_acronyms.contains(folded))
    }

    /// A word the language's acronym rule reads as an organisation's acronym (`SNCF`, `KNMI`,
    /// `PSOE`): two to five capital letters A to Z, not three or more of one letter (OCR's `OOO`; `PP` stays), no accent (an
    /// OCR'd heading's `ÉGARÉ`, `ÎS`), no Roman numeral (`XIV`), no acronym of common nouns, and no
    /// word the model knows in lower case (`NO`).
    fn is_org_acronym(&self, word: &str, folded: &str) -> bool {
        let b = word.as_bytes();
        (2..=5).contains(&b.len())
            && b.iter().all(u8::is_ascii_uppercase)
            && (b.len() == 2 || b.iter().any(|&c| c != b[0]))
            && !b.iter().all(|c| b"IVXLCDM".contains(c))
            && !self.is_common_acronym(folded)
            && !self.is_title(folded)
            && !self.is_common(word)
    }

    /// A word that shows its sentence is about an organisation: one of the language's `org_cues`
    /// (`company`, `usine`) or ending in one of its `org_cue_endings` (`Nachrichtenagentur`).
    fn is_org_cue(&self, folded: &str) -> bool {
        self.lists.is_some_and(|l| l.org_cues.contains(folded) || l.org_cue_endings.iter().any(|e| folded.ends_with(e)))
    }

    /// The lengths and first bytes of the language's `org_cues`, when it has no `org_cue_endings`
    /// (a word of any length may end in one): see [`CueShape`].
    fn org_cue_shape(&self) -> Option<CueShape> {
        let lists = self.lists.filter(|l| l.org_cue_endings.is_empty())?;
        let mut shape = CueShape { lengths: 0, firsts: [0; 4] };
        for w in lists.org_cues.iter() {
            shape.lengths |= 1 << w.len().min(63);
            if let Some(&b) = w.as_bytes().first() {
                shape.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        Some(shape)
    }

    /// A word the training text uses often in lower case (`killer`, `maker`, `dead`).
    fn is_common(&self, word: &str) -> bool {
        self.bits(word) & CLASS_LEXICON != 0
    }

    /// A "person" of common lowercase words only, none of them a known first name or surname
    /// (`Dead Space`, `Taxi Driver`; not `Ellen Park`, `Johnny Cash`: the model's name lists are
    /// short, so an unknown word may be a name and keeps it one).
    fn not_a_persons_name(&self, words: &[&str]) -> bool {
        words.len() >= 2
            && words.iter().all(|w| w.chars().all(char::is_alphabetic) && self.is_common(w) && !self.is_name_word(w))
    }
}

/// The lengths (bit `n`: `n` bytes, 63 and more in bit 63) and first bytes (a 256-bit set) of a
/// list's words: a word with another length or first byte is not in the list. Asked before the
/// list's binary search (≈ 200 instructions) for every word of the sentences of one-word names;
/// most words are out here (`the`, `was`, `him`).
struct CueShape {
    lengths: u64,
    firsts: [u64; 4],
}

impl CueShape {
    /// False when `word` cannot be in the list.
    fn may_hold(&self, word: &str) -> bool {
        let Some(&b) = word.as_bytes().first() else { return false };
        self.lengths & 1 << word.len().min(63) != 0 && self.firsts[usize::from(b >> 6)] & 1 << (b & 63) != 0
    }
}

/// Acronyms of common nouns that an English text capitalises but that name
/// no one (`CEO`, `IPO`, `AI`): never entities on their own.
const COMMON_ACRONYMS: &[&str] = &[
    "ai", "api", "cdo", "ceo", "cfo", "cio", "cmo", "coo", "cpu", "cto", "dna", "esg", "etf", "ev", "evs", "faq",
    "gdp", "gpu", "gpus", "hr", "ipo", "ipos", "it", "llm", "llms", "ok", "pc", "pr", "rna", "tv", "vp",
];

/// Acronyms that name a country (`USA`, Portuguese `EUA`, French `URSS`): a place, not an
/// organisation, where the acronym rule (`acronyms_are_orgs`) types an acronym the tagger left.
const PLACE_ACRONYMS: &[&str] = &["eau", "eeuu", "eua", "rda", "rdc", "rfa", "uk", "urss", "usa", "ussr"];

/// Titles before a name: `CEO Sam Altman`, `Dr. Jane Smith` (not part of the name, and a sign of a person).
const TITLES: &[&str] = &[
    "archbishop",
    "baron",
    "bishop",
    "brother",
    "capt.",
    "captain",
    "cardinal",
    "ceo",
    "chairman",
    "chairwoman",
    "chancellor",
    "coach",
    "col.",
    "count",
    "countess",
    "dr",
    "dr.",
    "duchess",
    "duke",
    "earl",
    "father",
    "gen",
    "gen.",
    "general",
    "gov",
    "gov.",
    "governor",
    "imam",
    "judge",
    "king",
    "lady",
    "lord",
    "lt.",
    "mayor",
    "minister",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "pope",
    "president",
    "prince",
    "princess",
    "prof",
    "prof.",
    "queen",
    "rabbi",
    "rep",
    "rep.",
    "saint",
    "sen",
    "sen.",
    "senator",
    "sgt.",
    "sheikh",
    "sir",
    "sister",
    "st.",
];

/// Words right after a name (or its `'s`) that show it is an organisation.
const ORG_AFTER: &[&str] = &[
    "board",
    "ceo",
    "cfo",
    "chairman",
    "chief",
    "co-founder",
    "corp",
    "corp.",
    "employees",
    "executives",
    "founder",
    "inc",
    "inc.",
    "investors",
    "shareholders",
    "shares",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "stock",
];

/// Words right before `of` + name that show an organisation: `chief executive of OpenAI`.
const ORG_BEFORE_OF: &[&str] = &["ceo", "cfo", "co-founder", "employees", "executive", "founder", "shares", "stake"];

/// Words right before `of` + name that show a place: `mayor of Lyon`, `outskirts of Kyiv`.
const LOC_BEFORE_OF: &[&str] = &[
    "capital",
    "center",
    "centre",
    "city",
    "east",
    "governor",
    "mayor",
    "north",
    "outskirts",
    "residents",
    "south",
    "streets",
    "suburbs",
    "town",
    "west",
];

/// Nouns of an apposition (`Anthropic, a San Francisco start-up`).
const ORG_NOUNS: &[&str] = &[
    "airline",
    "bank",
    "chipmaker",
    "company",
    "conglomerate",
    "corporation",
    "developer",
    "firm",
    "giant",
    "group",
    "insurer",
    "lab",
    "laboratory",
    "lender",
    "maker",
    "manufacturer",
    "operator",
    "provider",
    "retailer",
    "start-up",
    "startup",
    "subsidiary",
    "supplier",
];
const LOC_NOUNS: &[&str] =
    &["capital", "city", "country", "county", "island", "province", "region", "state", "town", "village"];

/// Last words that make a name an organisation (`World Health Organization`,
/// `Southern Poverty Law Center`, `Supreme Court`): the head of a name decides its type.
const ORG_HEADS: &[&str] = &[
    "agency",
    "association",
    "authority",
    "bank",
    "board",
    "center",
    "centre",
    "college",
    "commission",
    "committee",
    "company",
    "corp",
    "corp.",
    "corporation",
    "council",
    "court",
    "department",
    "foundation",
    "fund",
    "inc",
    "inc.",
    "institute",
    "league",
    "ltd",
    "ltd.",
    "ministry",
    "organisation",
    "organization",
    "party",
    "plc",
    "society",
    "university",
];

/// Last words that make a name a place (`Stewart Island`, `Whangārei Harbour`, `Southern Ocean`).
const LOC_HEADS: &[&str] = &[
    "bay",
    "canyon",
    "county",
    "desert",
    "gulf",
    "harbor",
    "harbour",
    "island",
    "islands",
    "lake",
    "mountains",
    "ocean",
    "peninsula",
    "province",
    "river",
    "sea",
    "strait",
    "valley",
];

/// Head words that name something else as often as an organisation, with that other type:
/// `West Bank`, `Dogger Bank`, `Left Bank` (a shore: places). Where the tagger gives the name that
/// other type, its head is no evidence against it (CoNLL tune: `West Bank` ×8, a place to the
/// tagger, was made an organisation by its head word alone). Not `league` with MISC (CoNLL's
/// `American League`, a competition): the tagger's MISC for the band `Human League` (CrossNER
/// music, ORG) then stands too, music tune F1 −0.08. `Centre`, `Center`: a building or a venue as
/// often as an organisation (`Barbican Centre`, `Sydney Entertainment Centre`, `Sony Centre`, the
/// ridings `Durham Centre` and `Brampton Centre`: places to the tagger and gold on the CrossNER, BTC
/// tune parts, made organisations by their head; `Sattriya Centre` the other way once).
const SHARED_HEADS: &[(&str, EntityType)] =
    &[("bank", EntityType::Location), ("center", EntityType::Location), ("centre", EntityType::Location)];

/// The type a name's head word gives it, unless the head is shared with the type the tagger gave
/// it (`West Bank` as a place keeps its type; as ORG, or untyped, the head still says ORG).
fn head_type_for(f: &[&str], first: usize, end: usize, tagged: Option<EntityType>) -> Option<EntityType> {
    let head = head_type(f, first, end)?;
    let shared = end - first >= 2
        && SHARED_HEADS.iter().any(|&(w, kind)| f[end - 1] == w && tagged == Some(kind) && head != kind);
    (!shared).then_some(head)
}

/// First words of `X of Y` names: `University of Oslo`, `Bank of England` (organisations),
/// `Cape of Good Hope`, `Gulf of Mexico` (places).
const ORG_HEADS_OF: &[&str] =
    &["bank", "college", "department", "institute", "ministry", "museum", "school", "university"];
const LOC_HEADS_OF: &[&str] = &["bay", "cape", "gulf", "isle", "lake", "sea", "strait"];

/// Lowercase particles inside personal names: `Osama bin Laden`, `Ludwig van Beethoven`.
/// Two may follow each other (`Ursula von der Leyen`); `le`, `la` as in `Marine Le Pen`.
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "de", "del", "della", "den", "der", "di", "dos", "du", "ibn", "la", "le", "ten", "ter",
    "van", "von",
];

/// Prefixes of surnames with an inner capital (`McLaren`, `MacArthur`, `O'Brien`, `DeSantis`, `LeBron`).
const CAMEL_SURNAME_PREFIXES: &[&str] =
    &["D'", "Da", "De", "Di", "Du", "La", "Le", "Mac", "Mc", "O'", "O\u{2019}", "Van"];

/// A capitalised word with a capital inside that no surname pattern explains.
fn is_brand_camel(word: &str) -> bool {
    let mut chars = word.chars();
    let starts_upper = chars.next().is_some_and(char::is_uppercase);
    let inner = chars.clone().any(char::is_uppercase);
    let lower = chars.any(char::is_lowercase);
    starts_upper
        && inner
        && lower
        && !CAMEL_SURNAME_PREFIXES
            .iter()
            .any(|p| word.strip_prefix(p).is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase)))
}

/// The type a name's own head word gives it, if any.
fn head_type(f: &[&str], first: usize, end: usize) -> Option<EntityType> {
    let in_list = |list: &[&str], w: &str| list.binary_search(&w).is_ok();
    if end - first >= 2 {
        let last = f[end - 1];
        if in_list(ORG_HEADS, last) {
            return Some(EntityType::Org);
        }
        if in_list(LOC_HEADS, last) {
            return Some(EntityType::Location);
        }
    }
    if end - first >= 3 && f[first + 1] == "of" {
        if in_list(ORG_HEADS_OF, f[first]) {
            return Some(EntityType::Org);
        }
        if in_list(LOC_HEADS_OF, f[first]) {
            return Some(EntityType::Location);
        }
    }
    None
}

/// Joins names the tagger cut in two: touching pieces whose joined head
/// word gives a type (`World` + `Health Organization`, `Cape of` + `Good
/// Hope`), and a person's name around a particle (`Osama` `bin` `Laden`).
fn join_pieces(mut names: Vec<Name>, folded: &[Vec<&str>], sentences: &[TaggedSentence], text: &str) -> Vec<Name> {
    crate::sort::sort_by_key(&mut names, |n| (n.sentence, n.first));
    // How often the tagger names each one-word place on its own in the document.
    let mut places: HashMap<&str, usize> = HashMap::default();
    for n in names.iter().filter(|n| n.end - n.first == 1 && n.kind == EntityType::Location) {
        *places.entry(folded[n.sentence][n.first]).or_default() += 1;
    }
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for n in names {
        if let Some(prev) = out.last_mut() {
            if prev.sentence == n.sentence {
                let f = &folded[n.sentence];
                if prev.end == n.first && head_type(f, prev.first, n.end).is_some() {
                    // `West` + `Bank`, both places: a shared head keeps the pieces' type.
                    let tagged = (prev.kind == n.kind).then_some(n.kind);
                    prev.end = n.end;
                    prev.kind = head_type_for(f, prev.first, n.end, tagged).unwrap_or(n.kind);
                    continue;
                }
                // A given name the tagger typed alone before the rest of the name:
                // `Chimamanda` (LOCATION) + `Ngozi Adichie` (PERSON). Not a word the tagger calls
                // MISC: that says what the person is, not what they are called (`fellow American
                // James Heath`, `Democrat Jimmy Carter`, `Archduke Franz Ferdinand`, `Honourable
                // Edward Lyulph Stanley`: CoNLL's, CrossNER politics' MISC + PER). Nor a place the
                // tagger names again elsewhere in the document: a place before a person, not a given
                // name (`UKRAINE IGOR STRELKOV`, `Spanien Uinones de Leon,`, a table's `Talverne Anne
                // Le Ruyet`).
                if prev.end == n.first
                    && prev.end - prev.first == 1
                    && prev.kind == EntityType::Location
                    && places.get(f[prev.first]).copied().unwrap_or(0) <= 1
                    && n.kind == EntityType::Person
                    && n.end - n.first >= 2
                    && sentences[n.sentence].tokens[prev.first].slice(text).chars().all(char::is_alphabetic)
                {
                    prev.end = n.end;
                    prev.kind = EntityType::Person;
                    continue;
                }
                let capitalized = sentences[n.sentence].tokens[n.first].slice(text).starts_with(char::is_uppercase);
                let particle = |i: usize| NAME_PARTICLES.binary_search(&f[i]).is_ok();
                // Not after a name that ends its clause (`T. A. Schaepman, van Zwolle,`: a place of
                // origin, where a text's tokens keep their punctuation, as in Europeana's).
                let closed = sentences[n.sentence].tokens[prev.end - 1].slice(text).ends_with([',', ';', ':']);
                // Nor across a particle before a place: `van België`, `van Oud-Alblas`, `van Almelo` say
                // where the person is from or reigns (`Leopold van België`, `Blussé van Oud-Alblas`).
                if prev.kind == EntityType::Person
                    && n.kind != EntityType::Location
                    && !closed
                    && (n.first == prev.end + 1 || n.first == prev.end + 2)
                    && capitalized
                    && (prev.end..n.first).all(particle)
                {
                    prev.end = n.end;
                    continue;
                }
            }
        }
        out.push(n);
    }
    out
}

/// Where a name starts after its leading titles (`CEO Sam Altman`, `Dr. Jane Smith`: `Sam`,
/// `Jane`), each followed by a capitalised word; the name's own first token when it has none. Not
/// in a name the tagger calls an organisation: `General Motors` (AI tune: `Motors` was a person
/// and `General` dropped), `King Abdullah University`.
fn leading_titles(words: &Words, f: &[&str], s: &TaggedSentence, text: &str, n: &Name) -> usize {
    let mut first = n.first;
    if n.kind == EntityType::Org {
        return first;
    }
    // `St. Peterburg`, `St. Croix`: outside English, a saint's name the tagger calls a place is
    // the place's (English's figures were held fixed when this was measured, round 16).
    let place = n.kind == EntityType::Location && !words.english;
    while n.end - first > 1
        && words.is_title(f[first])
        && !(place && matches!(f[first], "st." | "saint" | "sint" | "sankt"))
        && !words.is_rank_title(f[first])
        && s.tokens[first + 1].slice(text).starts_with(char::is_uppercase)
    {
        first += 1;
    }
    first
}

/// Whether a word of a person's full name (`Huang` of `Jensen Huang`) is a short form of it, given
/// the word's own resolved type, its votes and the full name's, and the tagger's votes for the word:
/// not a word the document tags as something else more often than it names this person (`Veltron`,
/// an ORG six times, after a headline's `Chipmaker Veltron`), unless the tagger itself calls it a
/// person most often (`Buyoya on Saturday dismissed its threat`: the `its` cue's votes, not the
/// tagger's, made `Buyoya` an organisation beside `Pierre Buyoya`; CoNLL tune F1 +0.05).
fn is_short_person_name(own: Option<EntityType>, total: usize, full_total: usize, tagged: Option<&[usize; 4]>) -> bool {
    let tagger_person = tagged.is_some_and(|v| {
        let p = v[type_index(EntityType::Person)];
        p > 0 && v.iter().all(|&x| x <= p)
    });
    !(own.is_some_and(|t| t != EntityType::Person) && total > full_total) || tagger_person
}

/// Most link words in a row inside a head-first name (`de la`, `voor de`).
const MAX_LINKS: usize = 2;

/// Names whose head comes first, as Romance languages and Dutch write them
/// (`Banco de España`, `Protezione Civile`, `Estádio José Alvalade`,
/// `Universiteit Maastricht`): a capitalised head word from the language's
/// `org_heads` or `place_heads`, then capitalised words, with up to
/// [`MAX_LINKS`] `name_links` (`de`, `do`, `d'`) before each, is one name of
/// the head's type. It replaces the tagger's pieces inside it (`Banco` LOC +
/// `Central` LOC + `Brasil` LOC); a tagger's name that reaches out of it wins.
/// A head alone (`Banco`, `Vale`) is left to the tagger, and an organisation's
/// head right before a tagged person's full name is a title (`del Consiglio Giorgia
/// Meloni`).
fn head_first_names(
    mut names: Vec<Name>,
    folded: &[Vec<&str>],
    sentences: &[TaggedSentence],
    text: &str,
    words: &Words,
) -> Vec<Name> {
    let Some(lists) = words.lists.filter(|l| !l.org_heads.is_empty() || !l.place_heads.is_empty()) else {
        return names;
    };
    crate::sort::sort_by_key(&mut names, |n| (n.sentence, n.first));
    let person_at = |k: usize, i: usize| {
        let at = names.partition_point(|n| (n.sentence, n.first) < (k, i));
        names
            .get(at)
            .is_some_and(|n| n.sentence == k && n.first == i && n.end - n.first >= 2 && n.kind == EntityType::Person)
    };
    let mut runs: Vec<Name> = Vec::new();
    for (k, s) in sentences.iter().enumerate() {
        let f = &folded[k];
        let upper = |i: usize| s.tokens[i].slice(text).starts_with(char::is_uppercase);
        let mut i = 0;
        while i < f.len() {
            let Some(kind) = words.head(f[i]).filter(|_| upper(i)) else {
                i += 1;
                continue;
            };
            let mut end = i + 1;
            loop {
                let mut j = end;
                while j < f.len() && j - end < MAX_LINKS && lists.name_links.contains(f[j]) {
                    j += 1;
                }
                if j < f.len() && upper(j) && !(kind == EntityType::Org && j == i + 1 && person_at(k, j)) {
                    end = j + 1;
                } else {
                    break;
                }
            }
            if end - i >= 2 {
                runs.push(Name { sentence: k, first: i, end, kind });
            }
            i = end;
        }
    }
    if runs.is_empty() {
        return names;
    }
    // Runs are in text order and do not overlap. A run is dropped when a
    // tagger's name crosses its border; a name inside a kept run is dropped.
    let mut crossed = vec![false; runs.len()];
    let mut inside: Vec<Option<usize>> = vec![None; names.len()];
    for (k, n) in names.iter().enumerate() {
        let at = runs.partition_point(|r| (r.sentence, r.first) <= (n.sentence, n.first));
        // The run that starts at or before the name, and the one after it.
        if let Some(r) = at.checked_sub(1).filter(|&r| runs[r].sentence == n.sentence && n.first < runs[r].end) {
            if n.end <= runs[r].end {
                inside[k] = Some(r);
            } else {
                crossed[r] = true;
            }
        }
        if runs.get(at).is_some_and(|r| r.sentence == n.sentence && r.first < n.end) {
            crossed[at] = true;
        }
    }
    let mut out: Vec<Name> =
        names.iter().zip(&inside).filter(|(_, r)| r.is_none_or(|r| crossed[r])).map(|(n, _)| *n).collect();
    out.extend(runs.iter().zip(&crossed).filter(|(_, &c)| !c).map(|(r, _)| *r));
    crate::sort::sort_by_key(&mut out, |n| (n.sentence, n.first));
    out
}

/// Longest name (in tokens) looked for when propagating names.
const MAX_NAME_TOKENS: usize = 10;

/// Propagation adds at most this many mentions of a name per mention that named it (the tagger's or a
/// context cue's).
const PROPAGATION_RATIO: usize = 2;

/// How far (in tokens) from a one-word name a business word (`org_cues`) may stand and still count as
/// evidence that the name is an organisation's.
const BUSINESS_REACH: usize = 12;

/// Words skipped when matching an acronym to its expansion.
const ACRONYM_SKIP: &[&str] = &["&", "and", "de", "for", "of", "the"];

fn has_upper(s: &str) -> bool {
    // Byte by byte while ASCII (an ASCII char is uppercase when its byte is); from the first other
    // byte on, the chars.
    match s.bytes().position(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Some(i) => s.as_bytes()[i].is_ascii_uppercase() || s[i..].chars().any(char::is_uppercase),
        None => false,
    }
}

fn is_possessive(folded: &str) -> bool {
    folded == "'s" || folded == "'"
}

pub(crate) fn resolve(
    text: &str,
    sentences: &[TaggedSentence],
    names: Vec<Name>,
    rules: Vec<Mention>,
    tag_names: bool,
    words: Words,
) -> Entities {
    // Folded tokens, per sentence: each distinct written form is folded once
    // and shared (a String per token was a large text's biggest cost here).
    // One look-up per token: its form's number, the form folded when first seen.
    let mut forms: HashMap<&str, u32> = HashMap::default();
    let mut strings: Vec<String> = Vec::new();
    // Each form's written word (the key it was found by).
    let mut written: Vec<&str> = Vec::new();
    let numbers: Vec<u32> = sentences
        .iter()
        .flat_map(|s| &s.tokens)
        .map(|t| {
            let word = t.slice(text);
            *forms.entry(word).or_insert_with(|| {
                strings.push(fold_word(word));
                written.push(word);
                (strings.len() - 1) as u32
            })
        })
        .collect();
    drop(forms);
    let mut numbers = numbers.iter();
    let folded: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| numbers.by_ref().take(s.tokens.len()).map(|&k| strings[k as usize].as_str()).collect())
        .collect();
    let headline: Vec<bool> = sentences
        .iter()
        .map(|s| {
            s.role != Role::Body && {
                let w: Vec<&str> = s.tokens.iter().map(|t| t.slice(text)).collect();
                sentence_mode(&w) != 0
            }
        })
        .collect();
    let key_of = |n: &Name| folded[n.sentence][n.first..n.end].join(" ");

    // Rule mentions win over overlapping names.
    let mut taken: Vec<Span> = rules.iter().map(|m| m.span.span()).collect();
    crate::sort::sort(&mut taken);
    let overlaps_rule = |span: Span, taken: &[Span]| {
        let i = taken.partition_point(|t| t.end <= span.start);
        taken.get(i).is_some_and(|t| t.start < span.end)
    };

    // Names from ordinary sentences, trimmed of a trailing possessive.
    let mut kept: Vec<Name> = Vec::new();
    let mut swallowed: Vec<Span> = Vec::new();
    // Names that follow a title somewhere in the document (never an organisation for the lone
    // PERSON → ORG rule), and the mentions that follow one (sentence, first token).
    let mut titled_keys: crate::hash::HashSet<String> = crate::hash::HashSet::default();
    let mut titled_at: crate::hash::HashSet<(usize, usize)> = crate::hash::HashSet::default();
    if tag_names {
        let names = head_first_names(join_pieces(names, &folded, sentences, text), &folded, sentences, text, &words);
        for mut n in names {
            // Not where a title alone would be left: `Lord's` (the cricket ground), `Queen's` name a
            // place or a club, and `Lord` names no one (CoNLL tune: `Lord 's` ×3, a place to the
            // tagger and gold).
            while n.end > n.first
                && is_possessive(folded[n.sentence][n.end - 1])
                && !(n.end - n.first == 2 && words.is_title(folded[n.sentence][n.first]))
            {
                n.end -= 1;
            }
            // A leading title is not part of the name, and marks a person.
            let titled_from = leading_titles(&words, &folded[n.sentence], &sentences[n.sentence], text, &n);
            // A title of rank kept in the name still marks a person.
            let mut titled = titled_from > n.first
                || (n.kind != EntityType::Org
                    && n.end - n.first > 1
                    && words.is_rank_title(folded[n.sentence][n.first]));
            n.first = titled_from;
            // `M. Sarrien`, `Premier Dick Schoof`: a title before the name too.
            titled |= n.first >= 1 && words.is_title(folded[n.sentence][n.first - 1]);
            if titled {
                n.kind = EntityType::Person;
                titled_keys.insert(key_of(&n));
            }
            if words.english {
                let f = &folded[n.sentence];
                let toks = &sentences[n.sentence].tokens;
                // `Chipmaker Veltron`, `Battery maker Northvolt`: a company's apposition noun
                // opening the name is not part of it, and says what the rest is.
                // Only where the capital says nothing: the sentence's first word (after quotes).
                let opens = toks[..n.first].iter().all(|t| !t.slice(text).chars().any(char::is_alphanumeric));
                if n.kind != EntityType::Org && opens {
                    let upper = |i: usize| toks[i].slice(text).starts_with(char::is_uppercase);
                    let common = |i: usize| {
                        let w = toks[i].slice(text);
                        words.is_common(w) && !words.is_name_word(w)
                    };
                    if let Some(rest) = descriptor_end(f, upper, common, n.first, n.end) {
                        n.first = rest;
                        // `Developer Jane Doe`: a role before a person's first name.
                        n.kind = if words.bits(toks[rest].slice(text)) & CLASS_FORENAME != 0 {
                            EntityType::Person
                        } else {
                            EntityType::Org
                        };
                    }
                }
                // `The World Health Organization said`: a sentence's opening `The` is the
                // capitalised article, not the name's (`The Hague`, one word after it, keeps it).
                if opens && n.end - n.first >= 3 && f[n.first] == "the" {
                    n.first += 1;
                }
                // `Open Settings, tap Privacy`: the step's verb is not part of the setting's name.
                if n.end - n.first >= 2 && opens_with_step(f, n.first, n.end) {
                    n.first += 1;
                }
            }
            // `Shares of International Business Machines rose`, `Shareholders of Vantage`: the market
            // words before `of` are not part of the company's name.
            while n.end - n.first > 2
                && matches!(folded[n.sentence][n.first], "shares" | "shareholders" | "stock" | "stocks")
                && matches!(folded[n.sentence][n.first + 1], "of" | "in")
                && sentences[n.sentence].tokens[n.first + 2].slice(text).starts_with(char::is_uppercase)
            {
                n.first += 2;
            }
            while n.end > n.first && words.is_common_acronym(folded[n.sentence][n.first]) {
                n.first += 1;
            }
            while n.end > n.first && words.is_common_acronym(folded[n.sentence][n.end - 1]) {
                n.end -= 1;
            }
            // A "name" of dozens of words is a run of capitalised words, not a name.
            if n.end == n.first
                || n.end - n.first > MAX_NAME_TOKENS
                || headline[n.sentence]
                || not_a_name(&folded[n.sentence], n.first, n.end)
                || (words.english
                    && n.kind != EntityType::Org
                    && abstract_opening(&folded[n.sentence], n.first, n.end)
                    && is_title_word(sentences[n.sentence].tokens[n.first].slice(text))
                    && !words.is_name_word(sentences[n.sentence].tokens[n.first].slice(text)))
            {
                continue;
            }
            let s = &sentences[n.sentence];
            let span = Span::new(s.tokens[n.first].start, s.tokens[n.end - 1].end);
            // A name needs a letter; a lower-case one stays (`emma`, `russia` in a post: WNUT and
            // BTC tune F1 +1.2 and +1.8 with them, no other source lower by more than 0.06).
            if !span.slice(text).chars().any(char::is_alphabetic) {
                continue;
            }
            // Rule mentions win over overlapping names, except a MISC name that holds them whole and
            // more (`1997 United Kingdom general election`: the year is part of the event's name;
            // the rule's DATE alone left `United Kingdom` a place). Politics tune F1 +2.5, music
            // +0.08, no source lower. `120 Millionen Euro` (a name inside the MONEY) stays the rule's.
            if overlaps_rule(span, &taken) {
                let i = taken.partition_point(|t| t.end <= span.start);
                let inside = taken[i..]
                    .iter()
                    .take_while(|t| t.start < span.end)
                    .all(|t| t.start >= span.start && t.end <= span.end && t.end - t.start < span.end - span.start);
                if !(inside && n.kind == EntityType::Misc) {
                    continue;
                }
                swallowed.push(span);
            }
            if titled {
                titled_at.insert((n.sentence, n.first));
            }
            kept.push(n);
        }
        // A sentence that is one word (`Hello`, a heading like `Overview`) gives the
        // tagger no context: its name stands only if the document names it elsewhere.
        // Counted once per sentence: per name, one long sentence made this quadratic.
        // Outside English, a place stands alone: a newspaper's column heading or dateline
        // (`RUSLAND.`, `België.`, `ITALIE.`), a place to the German, French and Dutch taggers
        // 59 times of 64 on their fit and tune parts (English page headings such as `Overview`
        // are what the English tagger reads as places).
        let lone_places = !words.english;
        let words: Vec<usize> =
            folded.iter().map(|f| f.iter().filter(|w| w.chars().any(char::is_alphanumeric)).count()).collect();
        let alone = |n: &Name| {
            n.end - n.first == 1 && words[n.sentence] == 1 && !(lone_places && n.kind == EntityType::Location)
        };
        let confirmed: crate::hash::HashSet<String> = kept.iter().filter(|n| !alone(n)).map(key_of).collect();
        kept.retain(|n| !alone(n) || confirmed.contains(&key_of(n)));
        swallowed.retain(|sp| {
            kept.iter().any(|n| {
                let s = &sentences[n.sentence];
                s.tokens[n.first].start == sp.start && s.tokens[n.end - 1].end == sp.end
            })
        });
    }

    // Type votes per key: one per tagged mention, three for a context cue.
    let mut votes: HashMap<String, [usize; 4]> = HashMap::default();
    // The tagger's own votes per key (one per mention, after titles), without the cues'.
    let mut tagger_votes: HashMap<String, [usize; 4]> = HashMap::default();
    // Keys some words voted organisation for (a context cue, a head word, `X and <org>`), not the
    // tagger alone.
    let mut org_cued: crate::hash::HashSet<String> = crate::hash::HashSet::default();
    // Which tokens of the sentence at hand are capitalised: made once per
    // sentence (per name, one long sentence of names made this quadratic).
    let mut upper: (usize, Vec<bool>) = (usize::MAX, Vec::new());
    for n in &kept {
        let key = key_of(n);
        tagger_votes.entry(key.clone()).or_default()[type_index(n.kind)] += 1;
        let v = votes.entry(key).or_default();
        v[type_index(n.kind)] += 1;
        // `TikTok`, `BioNTech`, `YouTube`: an inner capital is a brand's, not a person's. Not a
        // handle (`@NajibRazak`): people write theirs so too.
        if n.kind == EntityType::Person
            && n.end - n.first == 1
            && (n.first == 0 || folded[n.sentence][n.first - 1] != "@")
            && is_brand_camel(sentences[n.sentence].tokens[n.first].slice(text))
        {
            v[type_index(EntityType::Org)] += 2;
        }
        let mut cued = false;
        if let Some(cue) = context_cue(&words, &folded[n.sentence], n.first, n.end, Some(n.kind)) {
            v[type_index(cue)] += 3;
            cued |= cue == EntityType::Org;
        }
        if let Some(head) = words.head(folded[n.sentence][n.first]).filter(|_| n.end - n.first >= 2) {
            v[type_index(head)] += 3;
            cued |= head == EntityType::Org;
        }
        if cued {
            org_cued.insert(key_of(n));
        }
        // A title is evidence for the mention it stands before, not for every mention of the word:
        // a table's rows run together (`Rudolf Baron Zwolle Zwolle`, Europeana-nl) made every
        // `Zwolle` of the document, a place ×40 to the tagger, a person.
        if titled_at.contains(&(n.sentence, n.first)) {
            v[type_index(EntityType::Person)] += 3;
        }
        // `Killer Instinct`, `Dead Space`: a "person" of common words only, none of them a
        // known first name or surname, is a title or a product (real names have one).
        let written: Vec<&str> = sentences[n.sentence].tokens[n.first..n.end].iter().map(|t| t.slice(text)).collect();
        if n.kind == EntityType::Person && words.not_a_persons_name(&written) {
            v[type_index(EntityType::Misc)] += 3;
        }
        if n.kind != EntityType::Org {
            if upper.0 != n.sentence {
                upper.0 = n.sentence;
                upper.1.clear();
                upper
                    .1
                    .extend(sentences[n.sentence].tokens.iter().map(|t| t.slice(text).starts_with(char::is_uppercase)));
            }
            if let Some(cue) = thing_cue(&folded[n.sentence], &upper.1, n.first, n.end, n.kind) {
                v[type_index(cue)] += 3;
            }
        }
    }

    // `Spotify and TikTok`: two one-word names joined by `and` are of one kind, so a
    // person or product beside an organisation (the majority of its votes) is one too.
    let org_shown = |v: &[usize; 4]| {
        let org = v[type_index(EntityType::Org)];
        org > 0 && v.iter().all(|&n| n <= org)
    };
    let mut coordinated: Vec<String> = Vec::new();
    for pair in kept.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.sentence != b.sentence || a.end - a.first != 1 || b.end - b.first != 1 || b.first != a.end + 1 {
            continue;
        }
        if folded[a.sentence][a.end] != "and" {
            continue;
        }
        for (x, y) in [(a, b), (b, a)] {
            if matches!(x.kind, EntityType::Person | EntityType::Misc) && votes.get(&key_of(y)).is_some_and(org_shown) {
                coordinated.push(key_of(x));
            }
        }
    }
    for key in coordinated {
        votes.entry(key.clone()).or_default()[type_index(EntityType::Org)] += 3;
        org_cued.insert(key);
    }

    // How often a context cue voted a name the tagger missed in (per key): with the tagger's
    // mentions, the evidence propagation may spread from.
    let mut cue_seen: HashMap<String, usize> = HashMap::default();
    // Names the tagger missed but the context shows: a run of capitalised
    // words (never seen in lower case in the document) followed by `'s CEO`,
    // `shares`, or in an apposition `X, a chipmaker`. Recorded as votes; the
    // propagation below then finds all their occurrences.
    if tag_names {
        // The folded words some token is written as: a token's form decides it, so each form is
        // asked once, not each token.
        let lower_seen: crate::hash::HashSet<&str> =
            written.iter().zip(&strings).filter(|(w, f)| **w == f.as_str()).map(|(_, f)| f.as_str()).collect();
        let mut covered: Vec<Vec<bool>> = sentences.iter().map(|s| vec![false; s.tokens.len()]).collect();
        for n in &kept {
            for c in &mut covered[n.sentence][n.first..n.end] {
                *c = true;
            }
        }
        for (k, f) in folded.iter().enumerate() {
            if headline[k] {
                continue;
            }
            let toks = &sentences[k].tokens;
            let candidate = |i: usize| {
                let w = toks[i].slice(text);
                !covered[k][i]
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && !lower_seen.contains(f[i])
                    && !words.is_common_acronym(f[i])
                    && !words.is_title(f[i])
            };
            let mut i = 0;
            while i < f.len() {
                if !candidate(i) {
                    i += 1;
                    continue;
                }
                let mut end = i + 1;
                while end < f.len() && end - i < MAX_NAME_TOKENS && candidate(end) {
                    end += 1;
                }
                let span = Span::new(toks[i].start, toks[end - 1].end);
                if !overlaps_rule(span, &taken) {
                    if let Some(cue) = context_cue(&words, f, i, end, None) {
                        let key = f[i..end].join(" ");
                        *cue_seen.entry(key.clone()).or_default() += 1;
                        votes.entry(key).or_default()[type_index(cue)] += 3;
                    }
                }
                i = end;
            }
        }
        // An acronym the tagger left untagged everywhere in the document is an organisation, where
        // the language says so (`La SNCF prévoit…`, `Het KNMI waarschuwt`, `El PSOE y el PP`): the
        // French and Dutch taggers learned from historic newspapers, which have few such acronyms,
        // and the Spanish, Italian and Portuguese one from no text of those languages. In a body
        // sentence that has lower case (not a headline or a line in capitals); not an acronym the
        // tagger typed anywhere in the document (`USA` a place keeps its type).
        if words.acronyms_are_orgs() {
            for (k, f) in folded.iter().enumerate() {
                let toks = &sentences[k].tokens;
                if headline[k] || !toks.iter().any(|t| t.slice(text).chars().any(char::is_lowercase)) {
                    continue;
                }
                for (i, t) in toks.iter().enumerate() {
                    let w = t.slice(text);
                    // Not beside a name (`FC Barcelona`, `ABN Amro`): part of it, or of one the tagger missed.
                    let beside_name = (i > 0 && covered[k][i - 1])
                        || toks.get(i + 1).is_some_and(|n| n.slice(text).starts_with(char::is_uppercase));
                    if covered[k][i]
                        || beside_name
                        || lower_seen.contains(f[i])
                        || tagger_votes.contains_key(f[i])
                        || !words.is_org_acronym(w, f[i])
                        || overlaps_rule(Span::new(t.start, t.end), &taken)
                    {
                        continue;
                    }
                    let kind = if PLACE_ACRONYMS.binary_search(&f[i]).is_ok() {
                        EntityType::Location
                    } else {
                        EntityType::Org
                    };
                    *cue_seen.entry(f[i].to_string()).or_default() += 1;
                    votes.entry(f[i].to_string()).or_default()[type_index(kind)] += 3;
                }
            }
        }
    }

    // Acronyms in parentheses right after a name: `International Business Machines (IBM)`.
    let mut alias: HashMap<String, String> = HashMap::default();
    let mut extra: Vec<Name> = Vec::new();
    for n in &kept {
        let f = &folded[n.sentence];
        let s = &sentences[n.sentence];
        if n.end + 2 < f.len() + 1
            && f.get(n.end).is_some_and(|t| *t == "(")
            && f.get(n.end + 2).is_some_and(|t| *t == ")")
        {
            let acro = s.tokens[n.end + 1].slice(text);
            // Initials and letters compared in lower case: `to_uppercase`
            // would bring core's uppercase table (6.5 KB gzipped) into the
            // page's module for this one test. The same answer for every
            // letter whose cases round-trip (not `ß`, `ſ`, the Kelvin sign).
            let initials: String = s.tokens[n.first..n.end]
                .iter()
                .map(|t| t.slice(text))
                .filter(|w| !ACRONYM_SKIP.contains(&fold_word(w).as_str()))
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_lowercase)
                .collect();
            let letters: String = acro.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 2
                && letters.chars().all(char::is_uppercase)
                && letters.chars().flat_map(char::to_lowercase).eq(initials.chars())
                && n.end - n.first >= 2
            {
                alias.insert(f[n.end + 1].to_string(), key_of(n));
                extra.push(Name { sentence: n.sentence, first: n.end + 1, end: n.end + 2, kind: n.kind });
            }
        }
    }
    kept.extend(extra);

    // The type of each key: the majority of its votes (an alias takes its name's type).
    let type_of = |key: &str| -> Option<EntityType> {
        let key = alias.get(key).map_or(key, String::as_str);
        let v = votes.get(key)?;
        let best = (0..4).max_by_key(|&i| (v[i], 4 - i))?;
        (v[best] > 0).then(|| TYPES[best])
    };

    // Propagation: every capitalised occurrence of a known name, in body text
    // and in headlines. Longest match first; existing names stay.
    let mut by_first: HashMap<&str, Vec<Vec<&str>>> = HashMap::default();
    let mut keys: Vec<String> = votes.keys().cloned().chain(alias.keys().cloned()).collect();
    crate::sort::sort(&mut keys);
    for k in &keys {
        let toks: Vec<&str> = k.split(' ').collect();
        if toks.len() <= MAX_NAME_TOKENS {
            if let Some(first) = toks.first() {
                by_first.entry(first).or_default().push(toks.clone());
            }
        }
    }
    for list in by_first.values_mut() {
        crate::sort::sort_by_key(list, |t| std::cmp::Reverse(t.len()));
        list.truncate(8);
    }
    let mut covered: Vec<Vec<bool>> = sentences.iter().map(|s| vec![false; s.tokens.len()]).collect();
    for n in &kept {
        for c in &mut covered[n.sentence][n.first..n.end] {
            *c = true;
        }
    }
    let mut found: Vec<Name> = Vec::new();
    if tag_names {
        for (k, f) in folded.iter().enumerate() {
            let mut i = 0;
            while i < f.len() {
                let mut advanced = false;
                if !covered[k][i] && has_upper(sentences[k].tokens[i].slice(text)) {
                    if let Some(cands) = by_first.get(f[i]) {
                        for cand in cands {
                            let end = i + cand.len();
                            if end > f.len() || f[i..end].iter().zip(cand).any(|(a, b)| a != b) {
                                continue;
                            }
                            if covered[k][i..end].iter().any(|c| *c) {
                                continue;
                            }
                            // Not the start of a longer capitalised name (`Microsoft Teams`).
                            let longer = end < f.len()
                                && !covered[k][end]
                                && has_upper(sentences[k].tokens[end].slice(text))
                                && !headline[k];
                            // Not a name of common words only (`Company`, `For`, `Fellow`, `Loan
                            // Documents`, `Credit Extension`: a defined term or a sentence's first
                            // word, tagged once).
                            let common = (i..end).all(|j| words.is_common(sentences[k].tokens[j].slice(text)));
                            if !longer && !common {
                                let key = f[i..end].join(" ");
                                if let Some(kind) = type_of(&key) {
                                    let s = &sentences[k];
                                    let span = Span::new(s.tokens[i].start, s.tokens[end - 1].end);
                                    if !overlaps_rule(span, &taken) {
                                        found.push(Name { sentence: k, first: i, end, kind });
                                        i = end;
                                        advanced = true;
                                        break;
                                    }
                                }
                            }
                        }
                    }
                }
                if !advanced {
                    i += 1;
                }
            }
        }
    }
    // A name the document writes capitalised far more often than anything named it (the tagger, a
    // cue) is a term the tagger read and left out, not a name it missed: a filing's defined terms
    // (`Lenders` tagged once and written 110 times, `Issuer` cued once and written 90 times, `Event
    // of Default`). Propagation spreads a name to at most PROPAGATION_RATIO times its evidence.
    if !found.is_empty() {
        let mut evidence: HashMap<String, usize> = HashMap::default();
        for n in &kept {
            *evidence.entry(key_of(n)).or_default() += 1;
        }
        for (k, c) in &cue_seen {
            *evidence.entry(k.clone()).or_default() += c;
        }
        // One key per propagated mention, made once for the count and the test.
        let keys: Vec<String> = found.iter().map(key_of).collect();
        let mut spread: HashMap<&str, usize> = HashMap::default();
        for key in &keys {
            *spread.entry(key).or_default() += 1;
        }
        // An acronym a name defined in parentheses (`(IBM)`) stands for it wherever it is written.
        found = found
            .into_iter()
            .zip(&keys)
            .filter(|(_, key)| {
                alias.contains_key(*key)
                    || spread[key.as_str()] <= PROPAGATION_RATIO * evidence.get(*key).copied().unwrap_or(0)
            })
            .map(|(n, _)| n)
            .collect();
    }
    kept.extend(found);

    // Short person names: `Huang` after `Jensen Huang`.
    let mut part_of: HashMap<String, Option<String>> = HashMap::default();
    for (k, v) in &votes {
        if type_of(k) == Some(EntityType::Person) && v.iter().sum::<usize>() > 0 {
            let toks: Vec<&str> = k.split(' ').collect();
            if toks.len() >= 2 {
                for part in [toks[0], toks[toks.len() - 1]] {
                    let total = |key: &str| votes.get(key).map_or(0, |v| v.iter().sum::<usize>());
                    if !is_short_person_name(type_of(part), total(part), total(k), tagger_votes.get(part)) {
                        continue;
                    }
                    part_of
                        .entry(part.to_string())
                        .and_modify(|e| {
                            if e.as_deref() != Some(k.as_str()) {
                                *e = None; // two people share it: ambiguous
                            }
                        })
                        .or_insert_with(|| Some(k.clone()));
                }
            }
        }
    }

    // Short organization names: `Tidewright` after `Tidewright Energy` (the
    // first word of exactly one longer organization name).
    let mut org_part_of: HashMap<String, Option<String>> = HashMap::default();
    for (k, v) in &votes {
        if type_of(k) == Some(EntityType::Org) && v.iter().sum::<usize>() > 0 {
            let toks: Vec<&str> = k.split(' ').collect();
            if toks.len() >= 2 && toks[0].chars().count() > 2 {
                // A word the document gives another type more often than it names the full name is
                // no short form of it (a loan agreement's `Borrower` ×26, a PERSON to the tagger,
                // beside one `Borrower The Borrower`, ORG, in a heading): the short person names'
                // test (`Veltron`). `Castleford` (ORG ×3) still joins `Castleford Town`.
                let total = |key: &str| votes.get(key).map_or(0, |v| v.iter().sum::<usize>());
                if type_of(toks[0]).is_some_and(|t| t != EntityType::Org) && total(toks[0]) > total(k) {
                    continue;
                }
                org_part_of
                    .entry(toks[0].to_string())
                    .and_modify(|e| {
                        if e.as_deref() != Some(k.as_str()) {
                            *e = None;
                        }
                    })
                    .or_insert_with(|| Some(k.clone()));
            }
        }
    }

    // Words of the document's longer organisation names (`Bosch` of `Robert Bosch GmbH`).
    let org_words: crate::hash::HashSet<String> = votes
        .keys()
        .filter(|k| k.contains(' ') && type_of(k) == Some(EntityType::Org))
        .flat_map(|k| k.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    // Words of an organisation (`company`, `usine`) outside every name, per sentence: found only for
    // the sentences of one-word names (the only ones asked), once each.
    let org_cue_at: Vec<std::cell::OnceCell<Vec<usize>>> = folded.iter().map(|_| std::cell::OnceCell::new()).collect();
    let cue_shape = words.org_cue_shape();
    let is_org_cue = |w: &str| cue_shape.as_ref().is_none_or(|s| s.may_hold(w)) && words.is_org_cue(w);
    // A business word speaks of the names near it, not of every name of a long sentence: an OCR'd
    // newspaper's "sentence" runs several together (`Luther und Stresemann trafen sich …` and, far
    // after a stop, `.Agentur Havas`; `… le contrat était rompu` after `Coste`), a post's clauses
    // too. Within BUSINESS_REACH tokens of the mention (`Subscribers in Canada saw the price rise
    // first, and Netflix said`: 10).
    let org_cue = |n: &Name| {
        let k = n.sentence;
        let at = org_cue_at[k]
            .get_or_init(|| (0..folded[k].len()).filter(|&i| !covered[k][i] && is_org_cue(folded[k][i])).collect());
        at.iter().any(|&p| p + BUSINESS_REACH >= n.first && p < n.end + BUSINESS_REACH)
    };
    // One-word names whose mentions stand at least half the time near such a word. A sentence's
    // business word is evidence for the name, not for one mention: a loan agreement's `Borrower`, a
    // PERSON to the tagger 143 times, stood 27 times in a sentence with `bank` or `contract` and
    // became an organisation there alone (one name, two types).
    let mut cue_share: HashMap<String, (usize, usize)> = HashMap::default();
    for n in kept.iter().filter(|n| n.end - n.first == 1) {
        let e = cue_share.entry(key_of(n)).or_default();
        e.0 += usize::from(org_cue(n));
        e.1 += 1;
    }
    let business_name = |key: &str| cue_share.get(key).is_some_and(|&(cued, all)| 2 * cued >= all && cued > 0);
    // Names some sentence takes up by a personal pronoun (`Lebed said on Friday he hoped`).
    let pronoun_persons: crate::hash::HashSet<String> = if words.english {
        kept.iter()
            .filter(|n| n.first == 0 && n.end == 1)
            .filter(|n| {
                let upper: Vec<bool> = sentences[n.sentence]
                    .tokens
                    .iter()
                    .map(|t| t.slice(text).starts_with(char::is_uppercase))
                    .collect();
                pronoun_person(&folded[n.sentence], &upper, n.first, n.end)
            })
            .map(key_of)
            .collect()
    } else {
        Default::default()
    };
    // Group names by their resolved key.
    let mut groups: HashMap<String, Group> = HashMap::default();
    let mut mentions: Vec<Mention> = Vec::new();
    for n in &kept {
        let raw = key_of(n);
        let mut key = alias.get(&raw).cloned().unwrap_or_else(|| raw.clone());
        let mut kind = type_of(&raw).unwrap_or(n.kind);
        // In a line of capitals (a results table, a dateline), a place the tagger saw stays a place
        // where only the tagger's other mentions make it an organisation (`SEATTLE` the team and
        // the city the game is played in); not where words said organisation (`Seattle's CEO`,
        // `Seattle and Nike`), nor in mixed-case text (`EMK`, `NAACP`, `Airland`: organisations
        // the tagger once called places; tune F1 SEC −0.6, music −0.2, GermEval −0.2 without this).
        if n.kind == EntityType::Location
            && kind == EntityType::Org
            && !org_cued.contains(&raw)
            && !sentences[n.sentence].tokens.iter().any(|t| t.slice(text).chars().any(char::is_lowercase))
        {
            kind = EntityType::Location;
        }
        if !raw.contains(' ') {
            if let Some(Some(full)) = part_of.get(&raw) {
                key = full.clone();
                kind = EntityType::Person;
            } else if let Some(Some(full)) =
                org_part_of.get(&raw).filter(|_| matches!(kind, EntityType::Person | EntityType::Org))
            {
                // The short form joins the full name, and a person takes its type (`Tidewright`);
                // not a place or a group (`London` beside `London Stock Exchange`, `German` beside
                // `German Bundesbank`: CoNLL tune F1 −1.0).
                key = full.clone();
                kind = EntityType::Org;
            }
        }
        let s = &sentences[n.sentence];
        // `Sony and Netflix signed a licensing deal`, `PSV`: one word, no person of the
        // document's has it as a name, no name list knows it, and something says
        // organisation: an acronym in mixed-case text, a word of an organisation's longer
        // name, or a word of business in the sentence (`org_cues`). Without that evidence
        // a lone surname stays a person (`b Muralitharan`, `Sarrien et Clemenceau`: with
        // "no full name" alone as the test, resolved tune F1 fell by 22 on WNUT, 14 on
        // Europeana-fr, 7 on CrossNER literature; docs/entities.md, "Round 11").
        if kind == EntityType::Person
            && n.end - n.first == 1
            && !titled_keys.contains(&raw)
            && key == raw
            && !words.is_name_word(s.tokens[n.first].slice(text))
        {
            let w = s.tokens[n.first].slice(text);
            // Outside English, at most five letters and no hyphen: a historic French paper's lists
            // print surnames in capitals (`VIGOUR`, `HEWLETT`, `SAINT-MLEUX`; Europeana-fr tune +0.15).
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let acronym = letters >= 2
                && (words.english || (letters <= 5 && !w.contains('-')))
                && !w.chars().any(char::is_lowercase)
                && s.tokens.iter().any(|t| t.slice(text).chars().any(char::is_lowercase));
            // `Lebed said on Friday he hoped to sign a document` beside a `deal`: the pronoun outweighs
            // the business word (CoNLL tune F1 +0.06, no source lower).
            if !pronoun_persons.contains(&raw)
                && (acronym
                    || org_words.contains(raw.as_str())
                    || business_name(&raw)
                    || (org_cue(n) && n.kind != EntityType::Person))
            {
                kind = EntityType::Org;
            }
        }
        let span = Span::new(s.tokens[n.first].start, s.tokens[n.end - 1].end);
        mentions.push(Mention::new(text, kind, span));
        let g = groups.entry(format!("{}\u{0}{key}", kind.as_str())).or_insert((kind, Vec::new()));
        g.1.push((span, raw, if headline[n.sentence] { 1 } else { 2 }));
    }
    let in_headline = |pos: usize| {
        let i = sentences.partition_point(|s| s.tokens.last().is_some_and(|t| t.end <= pos));
        i < sentences.len() && headline[i]
    };
    for m in rules {
        let ms = m.span.span();
        if swallowed.iter().any(|s| s.start <= ms.start && ms.end <= s.end) {
            continue;
        }
        let key = format!(
            "{}\u{0}{}",
            m.kind.as_str(),
            fold_word(&m.span.text).split_whitespace().collect::<Vec<_>>().join(" ")
        );
        let weight = if in_headline(m.span.start) { 1 } else { 2 };
        groups.entry(key.clone()).or_insert((m.kind, Vec::new())).1.push((m.span.span(), key, weight));
        mentions.push(m);
    }
    crate::sort::sort_by_key(&mut mentions, |m| m.span.span());
    mentions.dedup_by_key(|m| m.span.span());

    let mut entities: Vec<Entity> = groups
        .into_values()
        .map(|(kind, mut spans)| {
            crate::sort::sort(&mut spans);
            spans.dedup_by_key(|s| s.0);
            // Canonical name: the longest key, then its most frequent spelling, then the first.
            // Spellings in a headline count half.
            let longest = spans.iter().map(|(_, k, _)| k.len()).max().unwrap_or(0);
            let mut counts: HashMap<&str, (usize, usize)> = HashMap::default();
            for (i, (span, k, weight)) in spans.iter().enumerate() {
                if k.len() == longest {
                    let e = counts.entry(span.slice(text)).or_insert((0, i));
                    e.0 += weight;
                }
            }
            let name = counts
                .iter()
                .max_by_key(|(_, (c, first))| (*c, std::cmp::Reverse(*first)))
                .map(|(n, _)| n.to_string())
                .unwrap_or_default();
            let mentions: Vec<Span> = spans.into_iter().map(|(s, ..)| s).collect();
            Entity { name, kind, count: mentions.len(), mentions }
        })
        .collect();
    crate::sort::sort_by_key(&mut entities, |e| (std::cmp::Reverse(e.count), e.mentions.first().copied()));
    Entities { mentions, entities }
}

/// `Lebed said on Friday he hoped`, `Lebed, whom Yeltsin ordered`: a one-word subject taken up by a
/// personal pronoun before `it`/`its`/`they`, `the` or another capitalised word (months and weekdays
/// aside: the stops of the `its` cue) is a person, whatever business words its sentence has.
fn pronoun_person(f: &[&str], upper: &[bool], first: usize, end: usize) -> bool {
    if end - first != 1 || first != 0 {
        return false;
    }
    for (i, w) in f.iter().enumerate().skip(end) {
        let w = *w;
        match w {
            "he" | "she" | "his" | "him" | "her" | "whom" => return true,
            "it" | "its" | "they" | "their" | "them" | "the" => return false,
            _ if another_name(upper, i, w) => return false,
            _ => {}
        }
    }
    false
}

/// Whether the word at `i` (folded: `w`) is capitalised and no month or weekday: another name, which
/// ends the search for a pronoun that takes up the one before it.
fn another_name(upper: &[bool], i: usize, w: &str) -> bool {
    let calendar = &crate::language::ENGLISH.calendar;
    upper.get(i).copied().unwrap_or(false) && !calendar.month_words.contains(w) && !calendar.weekday_words.contains(w)
}

/// The type the words around a name point to, if any (`tagged`: the type the tagger gave the name,
/// which a shared head word defers to).
fn context_cue(words: &Words, f: &[&str], first: usize, end: usize, tagged: Option<EntityType>) -> Option<EntityType> {
    // `George Canyon`, `Herbert Bay`: a known first name and a word the tagger reads as one person's
    // name; the last word is a surname, not a head (CrossNER music tune: a place by its head). English
    // only: GermEval tune F1 −0.23 with it.
    let forename = words.english
        && tagged == Some(EntityType::Person)
        && end - first == 2
        && words.bits(f[first]) & CLASS_FORENAME != 0;
    if let Some(kind) = head_type_for(f, first, end, tagged).filter(|_| !forename) {
        return Some(kind);
    }
    let at = |i: usize| f.get(i).copied().unwrap_or("");
    let in_list = |list: &[&str], w: &str| list.binary_search(&w).is_ok();
    let mut next = end;
    if at(next) == "'s" || at(next) == "'" {
        next += 1;
    }
    // `Japanese investors`, `Swiss shareholders`: people of a nationality, not of a company, where
    // the tagger calls the name MISC (CoNLL tune F1 +0.12).
    let people = matches!(at(next), "employees" | "executives" | "investors" | "shareholders");
    // `the Warsaw stock exchange`, `Tokyo stock prices`: a place's market, not a company's stock (on
    // the English fit and tune parts every name before `stock exchange`, `stock market`, `stock
    // prices` is a place in gold: 5 of 5).
    let market = at(next) == "stock" && matches!(at(next + 1), "exchange" | "market" | "markets" | "prices");
    if in_list(ORG_AFTER, at(next)) && !(people && tagged == Some(EntityType::Misc)) && !market {
        return Some(EntityType::Org);
    }
    if first >= 2 && at(first - 1) == "of" && in_list(ORG_BEFORE_OF, at(first - 2)) {
        return Some(EntityType::Org);
    }
    if first >= 2 && at(first - 1) == "of" && in_list(LOC_BEFORE_OF, at(first - 2)) && end - first <= 3 {
        return Some(EntityType::Location);
    }
    if first >= 1 && words.is_title(at(first - 1)) && end - first <= 3 {
        return Some(EntityType::Person);
    }
    if at(end) == "," && matches!(at(end + 1), "a" | "an" | "the") {
        let stop = |w: &str| matches!(w, "," | "." | "that" | "which" | "who" | "of" | "in");
        for i in end + 2..(end + 7).min(f.len()) {
            let w = at(i);
            if stop(w) {
                break;
            }
            if in_list(ORG_NOUNS, w) {
                return Some(EntityType::Org);
            }
            // A place's noun before another word modifies it: `a former state representative`, `the
            // Nashville country rock singer` (people). Not before a participle or a function word: `a
            // town founded in 1820`, `a city where`, `the capital and largest city`.
            let next = at(i + 1);
            let modifier = !stop(next)
                && next.chars().next().is_some_and(char::is_alphabetic)
                && !next.ends_with("ed")
                && !matches!(
                    next,
                    "and"
                        | "or"
                        | "it"
                        | "its"
                        | "where"
                        | "whose"
                        | "with"
                        | "for"
                        | "on"
                        | "at"
                        | "to"
                        | "from"
                        | "by"
                );
            if in_list(LOC_NOUNS, w) && !modifier {
                return Some(EntityType::Location);
            }
        }
    }
    None
}

/// Participles that open a sentence before a preposition: `Born in Enugu, …`, `Based in Oslo, …`.
const OPENING_PARTICIPLES: &[&str] =
    &["based", "born", "educated", "founded", "headquartered", "located", "raised", "situated", "speaking"];

/// Verbs of a how-to before the name of a button or a setting: `tap Privacy`, `click Save`.
const UI_VERBS: &[&str] = &["click", "tap", "toggle"];

/// Verbs of a how-to step that are ordinary verbs too (`to open a London office`): they mark a
/// setting only as a step, opening the sentence or after `,`, `;`, `:`, `and`, `then`
/// (`Open Settings, tap Privacy`; `To share a file, open Finder, choose AirDrop`).
const STEP_VERBS: &[&str] = &["choose", "open", "press", "select"];

/// Whether token `i` is a how-to step's verb (a [`STEP_VERBS`] word in a step's place).
fn is_step(f: &[&str], i: usize) -> bool {
    STEP_VERBS.binary_search(&f[i]).is_ok() && (i == 0 || matches!(f[i - 1], "," | ";" | ":" | "and" | "then"))
}

/// A name the tagger made of a step's verb and a setting (`Open Settings,`): the verb opens a
/// step, the rest has no head word of its own (`Open University` stays), and the step goes on
/// or ends right after it (`,`, `.`, `>`, `and`, `then`, `in`, `from`).
fn opens_with_step(f: &[&str], first: usize, end: usize) -> bool {
    let after = f.get(end).copied().unwrap_or("");
    is_step(f, first)
        && head_type(f, first, end).is_none()
        && matches!(after, "" | "," | "." | ";" | ">" | "and" | "then" | "in" | "from")
}

/// Capitalised words that are not names whatever the tagger says: an opening participle
/// (`Born in Enugu`) and a setting after a how-to verb (`tap Privacy`, `turn off Location Services`,
/// `, open Finder`).
fn not_a_name(f: &[&str], first: usize, end: usize) -> bool {
    let at = |i: usize| f.get(i).copied().unwrap_or("");
    let opening = first == 0
        && end == 1
        && OPENING_PARTICIPLES.binary_search(&at(0)).is_ok()
        && matches!(at(1), "in" | "at" | "on" | "near" | "by");
    let ui = first >= 1
        && (UI_VERBS.binary_search(&at(first - 1)).is_ok()
            || is_step(f, first - 1)
            || (first >= 2 && at(first - 2) == "turn" && matches!(at(first - 1), "on" | "off")));
    opening || ui
}

/// Endings of English abstract nouns (`Inequality`, `Loneliness`, `Unemployment`, `Inflation`);
/// not `-ance`/`-ence`, which end places and first names too (`Provence`, `Florence`), nor `-ism`
/// (CrossNER tags ideologies, `Liberalism`, as MISC).
const ABSTRACT_SUFFIXES: &[&str] = &["hood", "ity", "ment", "ness", "ship", "sion", "tion"];

/// A plain word written with one capital, first (`Inequality`; not `SkyCity`, `EXPANSION`, `Marxism-Leninism`).
fn is_title_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// Verbs of saying: what follows a name that speaks (an organisation or a person, never a product).
const SPEECH_VERBS: &[&str] = &[
    "added",
    "announced",
    "argued",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "reported",
    "said",
    "says",
    "stated",
    "told",
    "warned",
    "warns",
];

/// A one-word name of seven letters or more opening its sentence that is shaped like an abstract
/// noun (`Inequality has widened…`, `Unemployment fell`): not a name. The caller also asks that
/// the tagger did not call it an organisation and that it is no known first name or surname. One
/// that speaks (`Fidelity said`) or owns (`Fidelity's`) stays a name.
fn abstract_opening(f: &[&str], first: usize, end: usize) -> bool {
    let next = f.get(end).copied().unwrap_or("");
    first == 0
        && end == 1
        && f[0].chars().count() >= 7
        && ABSTRACT_SUFFIXES.iter().any(|s| f[0].ends_with(s))
        && SPEECH_VERBS.binary_search(&next).is_err()
        && !is_possessive(next)
}

/// `Chipmaker Veltron`, `Battery maker Northvolt`, `Startup Mistral`: the end of an apposition
/// noun of a company ([`ORG_NOUNS`]) that opens a longer name, after common words only (`battery`),
/// before a capitalised word that is not `of` (`Bank of …` is a name): where the rest begins.
/// `upper(i)`: token i is capitalised; `common(i)`: a common lowercase word (no first name or surname).
fn descriptor_end(
    f: &[&str],
    upper: impl Fn(usize) -> bool,
    common: impl Fn(usize) -> bool,
    first: usize,
    end: usize,
) -> Option<usize> {
    if head_type(f, first, end).is_some() {
        return None;
    }
    let j = (first..end.saturating_sub(1)).find(|&j| ORG_NOUNS.binary_search(&f[j]).is_ok())?;
    ((first..j).all(&common) && upper(j + 1) && f[j + 1] != "of").then_some(j + 1)
}

/// Verbs of travel before `from X to Y`: `drove from Denver to Santa Fe` names two places.
const TRAVEL_VERBS: &[&str] = &[
    "commuted",
    "cycled",
    "drove",
    "fled",
    "flew",
    "hiked",
    "moved",
    "relocated",
    "rode",
    "sailed",
    "traveled",
    "travelled",
    "walked",
];

/// Nouns right after a name that make it a product or a work, not a person or a place:
/// `Retina display`, `Eras Tour`, `Safari browser`.
const PRODUCT_AFTER: &[&str] = &[
    "album",
    "app",
    "browser",
    "console",
    "display",
    "format",
    "game",
    "headset",
    "laptop",
    "phone",
    "smartphone",
    "tour",
];

/// Nouns of research shortly before `published in` + name: the name is a journal (`a study
/// published in Nature`; `a novel published in Paris` has none).
const STUDY_NOUNS: &[&str] = &["article", "findings", "paper", "report", "research", "results", "study"];

/// Nouns before `in` + name that make it software, not a place: `a flaw in Safari`, `a bug in Chrome`.
const SOFTWARE_BEFORE_IN: &[&str] =
    &["bug", "bugs", "feature", "features", "flaw", "flaws", "vulnerabilities", "vulnerability"];

/// Cues for a name the tagger did not call an organisation (an organisation keeps its type
/// against these):
/// - the subject of its sentence taken up by `its` before any personal pronoun, `the` or other
///   capitalised word but a month or weekday (`Maersk said on Thursday it would send more of its
///   ships`, `Airbus delivered … in May, … at its plant`): an organisation, unless the tagger saw a
///   place (`France said its …` is the country). Without those stops `Gujral said India would
///   re-examine its position` and `Demel said the carmaker had hedged … its` misfire (on CoNLL train
///   and dev gold: 17 organisations, 1 person, 1 MISC with them; 20, 5 and 9 without);
/// - `from X to Y` after a verb of travel: places;
/// - a product noun after it (`Retina display`), or a flaw or feature `in` it (`a flaw in Safari`):
///   a product (MISC).
fn thing_cue(f: &[&str], upper: &[bool], first: usize, end: usize, kind: EntityType) -> Option<EntityType> {
    let at = |i: usize| f.get(i).copied().unwrap_or("");
    let in_list = |list: &[&str], w: &str| list.binary_search(&w).is_ok();
    if in_list(PRODUCT_AFTER, at(end))
        || (first >= 2 && at(first - 1) == "in" && in_list(SOFTWARE_BEFORE_IN, at(first - 2)))
    {
        return Some(EntityType::Misc);
    }
    // Sources: `Apple claims`, `a study published in Nature`, `the journal Science`. A product
    // does not speak, nor is it published in. Not a group of people, which speaks too and is MISC
    // in CoNLL: a plural (`Palestinians said`, `Social Democrats said`), after an article (`the
    // Republican said`) or after another capitalised word (`the Pennsylvania Republican said`).
    if kind == EntityType::Misc
        && end - first <= 3
        && in_list(SPEECH_VERBS, at(end))
        && !at(end - 1).ends_with('s')
        && !matches!(at(first.wrapping_sub(1)), "the" | "a" | "an")
        && !(first >= 1 && upper.get(first - 1).copied().unwrap_or(false))
    {
        return Some(EntityType::Org);
    }
    if kind != EntityType::Person
        && (at(first.wrapping_sub(1)) == "journal"
            || (first >= 3
                && at(first - 1) == "in"
                && at(first - 2) == "published"
                && (first.saturating_sub(6)..first - 2).any(|i| in_list(STUDY_NOUNS, at(i)))))
    {
        return Some(EntityType::Org);
    }
    let from = if at(first.wrapping_sub(1)) == "from" {
        Some(first - 1)
    } else if at(first.wrapping_sub(1)) == "to" {
        (first.saturating_sub(8)..first - 1).rev().find(|&i| at(i) == "from")
    } else {
        None
    };
    if from.is_some_and(|i| i >= 1 && in_list(TRAVEL_VERBS, at(i - 1))) {
        return Some(EntityType::Location);
    }
    // The subject: the sentence's first words, or the second of `A and B` there.
    let subject = first == 0 || (first >= 2 && at(first - 1) == "and" && first <= 4);
    // `Northvolt said on Friday it had filed…`: a sentence's first word that says something,
    // taken up by `it` (on CoNLL and CrossNER fit + tune gold, a one-word name opening its
    // sentence before `said`/`says` and then `it`, with the stops below: 9 organisations,
    // 4 places, which keep their type, 1 person).
    let says = first == 0 && matches!(at(end), "said" | "says");
    if subject && end - first == 1 && kind != EntityType::Location {
        for (i, w) in f.iter().enumerate().skip(end) {
            let w = *w;
            match w {
                "its" => return Some(EntityType::Org),
                "it" if says => return Some(EntityType::Org),
                "he" | "she" | "his" | "her" | "him" | "they" | "their" | "them" | "who" | "the" => return None,
                _ if another_name(upper, i, w) => return None,
                _ => {}
            }
        }
    }
    None
}

/// An entity being built: its type and its mentions (span, key, weight of the spelling).
type Group = (EntityType, Vec<(Span, String, usize)>);

const TYPES: [EntityType; 4] = [EntityType::Person, EntityType::Org, EntityType::Location, EntityType::Misc];

fn type_index(kind: EntityType) -> usize {
    TYPES.iter().position(|t| *t == kind).unwrap_or(3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    /// A sentence's words, split at spaces.
    fn f(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    /// `thing_cue` on a sentence written as it would be read: capitalised words are
    /// written with a capital, and the cue sees them folded.
    fn cue(s: &str, first: usize, end: usize, kind: EntityType) -> Option<EntityType> {
        let upper: Vec<bool> = s.split(' ').map(|w| w.starts_with(char::is_uppercase)).collect();
        thing_cue(&f(&s.to_lowercase()), &upper, first, end, kind)
    }

    #[test]
    fn head_words_give_types() {
        let head = |s: &str| {
            let w = f(s);
            head_type(&w, 0, w.len())
        };
        assert_eq!(head("world health organization"), Some(EntityType::Org));
        assert_eq!(head("southern poverty law center"), Some(EntityType::Org));
        assert_eq!(head("stewart island"), Some(EntityType::Location));
        assert_eq!(head("whangārei harbour"), Some(EntityType::Location));
        assert_eq!(head("cape of good hope"), Some(EntityType::Location));
        assert_eq!(head("university of oslo"), Some(EntityType::Org));
        assert_eq!(head("island"), None, "one word is no head");
        assert_eq!(head("jensen huang"), None);
        assert_eq!(head("bank"), None);
    }

    #[test]
    fn shared_heads_keep_the_taggers_type() {
        use EntityType::{Location, Misc, Org, Person};
        let table: &[(&str, Option<EntityType>, Option<EntityType>)] = &[
            ("west bank", Some(Location), None),
            ("dogger bank", Some(Location), None),
            ("barbican centre", Some(Location), None),
            ("kennedy center", Some(Location), None),
            ("yale center", Some(Org), Some(Org)),
            ("john innes centre", None, Some(Org)),
            // The tagger's organisation, a person, MISC or no type: the head still says organisation.
            ("west bank", Some(Org), Some(Org)),
            ("west bank", None, Some(Org)),
            ("deutsche bank", Some(Person), Some(Org)),
            ("world bank", Some(Misc), Some(Org)),
            ("human league", Some(Misc), Some(Org)),
            ("american league", Some(Location), Some(Org)),
            // Not a shared head: the head decides whatever the tagger said.
            ("world health organization", Some(Location), Some(Org)),
            ("national football association", Some(Misc), Some(Org)),
            ("stewart island", Some(Misc), Some(Location)),
            // `X of Y` names are not read by their last word.
            ("bank of england", Some(Location), Some(Org)),
        ];
        for &(name, tagged, want) in table {
            let w = f(name);
            assert_eq!(head_type_for(&w, 0, w.len(), tagged), want, "{name} tagged {tagged:?}");
        }
    }

    #[test]
    fn titles_before_a_name_are_left_out() {
        use EntityType::{Location, Misc, Org, Person};
        let words = Words::default();
        check_leading_titles(
            "with support from General Motors and CEO Sam Altman and Dr. Jane Smith and General",
            &[
                ((3, 5, Person), &words, 4),
                ((3, 5, Misc), &words, 4),
                ((3, 5, Org), &words, 3), // `General Motors`, an organisation to the tagger, keeps `General`
                ((6, 9, Person), &words, 7),
                ((6, 9, Location), &words, 7),
                ((6, 9, Org), &words, 6),
                ((10, 13, Person), &words, 11),
                ((14, 15, Person), &words, 14), // a title alone stays (no name after it)
            ],
        );
    }

    /// Checks where each name of `text` starts after its leading titles:
    /// rows of (first, end, tagger's type, word lists) → first token.
    fn check_leading_titles(text: &str, rows: &[((usize, usize, EntityType), &Words, usize)]) {
        let sentence = sentence_of(text);
        let forms = folded_forms(&sentence, text);
        let f: Vec<&str> = forms.iter().map(String::as_str).collect();
        let bad: Vec<String> = rows
            .iter()
            .filter_map(|&((first, end, kind), words, want)| {
                let got = leading_titles(words, &f, &sentence, text, &Name { sentence: 0, first, end, kind });
                (got != want).then(|| format!("{:?} {kind:?}: {got}, not {want}", &f[first..end]))
            })
            .collect();
        assert!(bad.is_empty(), "{text}: {bad:#?}");
    }

    #[test]
    fn a_saints_name_of_a_place_keeps_its_title_outside_english() {
        use EntityType::{Location, Person};
        let (dutch, english) = (words_of(Language::Nl), words_of(Language::En));
        check_leading_titles(
            "naar St. Peterburg en St. Nazaire",
            &[
                ((1, 3, Location), &dutch, 1),
                ((1, 3, Person), &dutch, 2), // a person's `St.` is still a title
                ((1, 3, Location), &english, 2),
                ((4, 6, Location), &dutch, 4),
            ],
        );
    }

    #[test]
    fn a_title_of_rank_stays_in_the_name_outside_english() {
        use EntityType::Person;
        let (dutch, english) = (words_of(Language::Nl), words_of(Language::En));
        check_leading_titles(
            "toen Koning Leopold en lord Palmerston en Mr. Weenink kwamen",
            &[
                ((1, 3, Person), &dutch, 1),
                ((4, 6, Person), &dutch, 4),
                ((7, 9, Person), &dutch, 8),   // a form of address is still left out
                ((4, 6, Person), &english, 5), // English leaves `lord` out
            ],
        );
    }

    #[test]
    fn every_title_of_rank_is_a_title() {
        // `leading_titles` only keeps a title of rank in the name if it reads it as a title first.
        let mut failures = Vec::new();
        for lang in Language::ALL {
            let words = words_of(lang);
            for w in lang.profile().entities.rank_titles.iter() {
                if !words.is_title(w) {
                    failures.push(format!("{}: {w}", lang.code()));
                }
            }
        }
        assert!(failures.is_empty(), "rank titles that are no titles: {failures:?}");
    }

    #[test]
    fn a_person_does_not_join_a_place_after_a_particle() {
        use EntityType::{Location, Org, Person};
        let table = [
            ("koning Leopold van België kwam", Location, vec![(1, 2, Person), (3, 4, Location)]),
            ("heer Blussé van Oud-Alblas zei", Location, vec![(1, 2, Person), (3, 4, Location)]),
            // Another piece after the particle still joins.
            ("heer Anna van Vries zei", Person, vec![(1, 4, Person)]),
            ("heer Anna van Vries zei", Org, vec![(1, 4, Person)]),
        ];
        for (text, kind, want) in table {
            let got = joined_pieces(text, |_| vec![(1, 2, Person), (3, 4, kind)]);
            assert_eq!(got, want, "{text} {kind:?}");
        }
    }

    /// [`join_pieces`] over the names of one sentence `text`, given as
    /// (first, end, type) by `names` from the sentence's token count;
    /// returns the joined names the same way.
    fn joined_pieces(
        text: &str,
        names: impl FnOnce(usize) -> Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let sentence = sentence_of(text);
        let forms = folded_forms(&sentence, text);
        let folded = vec![forms.iter().map(String::as_str).collect::<Vec<_>>()];
        let names =
            names(sentence.tokens.len()).into_iter().map(|(first, end, kind)| Name { sentence: 0, first, end, kind });
        let joined = join_pieces(names.collect(), &folded, std::slice::from_ref(&sentence), text);
        joined.iter().map(|n| (n.first, n.end, n.kind)).collect()
    }

    /// The word lists of `language` as resolution reads them, without a
    /// model's word classes.
    fn words_of(language: Language) -> Words<'static> {
        Words { classes: None, english: language == Language::En, lists: Some(&language.profile().entities) }
    }

    /// Each token of `sentence` folded, as resolution compares them.
    fn folded_forms(sentence: &TaggedSentence, text: &str) -> Vec<String> {
        sentence.tokens.iter().map(|t| fold_word(t.slice(text))).collect()
    }

    /// One body sentence of `text`, its tokens split at spaces.
    fn sentence_of(text: &str) -> TaggedSentence {
        let mut tokens = Vec::new();
        let mut at = 0;
        for w in text.split(' ') {
            tokens.push(Span::new(at, at + w.len()));
            at += w.len() + 1;
        }
        TaggedSentence { role: Role::Body, paragraph: 0, tokens, tags: Vec::new() }
    }

    #[test]
    fn brand_camel_case() {
        for w in ["TikTok", "BioNTech", "YouTube", "CoreWeave", "PayPal"] {
            assert!(is_brand_camel(w), "{w}");
        }
        for w in ["McLaren", "MacArthur", "O'Brien", "DeSantis", "LeBron", "Smith", "IBM", "iPhone", "NASA"] {
            assert!(!is_brand_camel(w), "{w}");
        }
    }

    #[test]
    fn cues_for_things_and_places() {
        let s = "Maersk said on Thursday it would send more of its ships";
        assert_eq!(cue(s, 0, 1, EntityType::Person), Some(EntityType::Org));
        assert_eq!(cue(s, 0, 1, EntityType::Location), None, "a country's own `its`");
        assert_eq!(cue("Smith said his team lost its lead", 0, 1, EntityType::Person), None);
        assert_eq!(cue("Gujral said India would re-examine its position", 0, 1, EntityType::Person), None);
        assert_eq!(cue("Demel said the carmaker hedged its risk", 0, 1, EntityType::Person), None);
        let s = "Northvolt said on Friday it had filed for bankruptcy";
        assert_eq!(cue(s, 0, 1, EntityType::Person), Some(EntityType::Org));
        assert_eq!(cue("Britain said on Thursday it would", 0, 1, EntityType::Location), None, "a country");
        assert_eq!(cue("Smith said he thought it would rain", 0, 1, EntityType::Person), None, "`he` first");
        assert_eq!(cue("Smith told reporters it was over", 0, 1, EntityType::Person), None, "not `said`");
        assert_eq!(cue("Smith thinks it is over", 0, 1, EntityType::Person), None, "no verb of saying");
        assert_eq!(cue("Sony and Airbus said its profit rose", 2, 3, EntityType::Misc), Some(EntityType::Org));
        assert_eq!(cue("we drove from denver to santa fe", 3, 4, EntityType::Person), Some(EntityType::Location));
        assert_eq!(cue("we drove from denver to santa fe", 5, 7, EntityType::Person), Some(EntityType::Location));
        assert_eq!(cue("a pass from smith to jones", 3, 4, EntityType::Person), None);
        assert_eq!(cue("the laptop 's retina display", 3, 4, EntityType::Person), Some(EntityType::Misc));
        assert_eq!(cue("fixes a flaw in Safari", 4, 5, EntityType::Location), Some(EntityType::Misc));
        assert_eq!(cue("fixes roads in Paris", 3, 4, EntityType::Location), None);
    }

    #[test]
    fn words_that_are_not_names() {
        assert!(not_a_name(&f("born in enugu , she"), 0, 1));
        assert!(!not_a_name(&f("born in enugu , she"), 2, 3));
        assert!(!not_a_name(&f("born said"), 0, 1), "a name that is also a participle");
        assert!(not_a_name(&f("open settings , tap privacy"), 4, 5));
        assert!(not_a_name(&f("turn off location services"), 2, 4));
        assert!(!not_a_name(&f("turn to apple"), 2, 3));
    }

    /// Word classes for the tests: first names, surnames, common lowercase words.
    fn classes() -> WordClasses {
        let list = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        WordClasses::from_words([
            list("ellen jane pieter xi"),
            list("park groot doe"),
            list("killer dead space maker battery park open the"),
            Vec::new(),
            Vec::new(),
            Vec::new(),
        ])
    }

    #[test]
    fn a_first_name_before_a_head_word_keeps_the_taggers_person() {
        use EntityType::{Location, Person};
        let c = classes();
        let words = Words { classes: Some(&c), english: true, lists: None };
        // (name, the tagger's type, the cue)
        let table = [
            ("ellen bay", Some(Person), None),
            ("jane canyon", Some(Person), None),
            // The tagger's place, an unknown first word, or three words: the head decides as before.
            ("ellen bay", Some(Location), Some(Location)),
            ("ellen bay", None, Some(Location)),
            ("stewart island", Some(Person), Some(Location)),
            ("ellen stewart island", Some(Person), Some(Location)),
        ];
        for (name, tagged, want) in table {
            let w = f(name);
            assert_eq!(context_cue(&words, &w, 0, w.len(), tagged), want, "{name} tagged {tagged:?}");
        }
    }

    #[test]
    fn names_no_persons_name_explains() {
        let c = classes();
        let words = Words { classes: Some(&c), english: true, lists: None };
        let cases: &[(&str, bool)] = &[
            ("Dead Space", true),
            ("Killer Space", true),
            ("Ellen Park", false),      // a first name and a surname
            ("Jane Killer", false),     // a first name
            ("Killer Park", false),     // a surname (and a common word)
            ("Dolby Atmos", false),     // no common word: nothing to go on
            ("Killer Instinct", false), // `instinct` is unknown: it may be a name
            ("Xi Jinping", false),      // a first name
            ("Killer", false),          // one word
            ("Dead Space 2", false),    // not plain words
        ];
        for (name, expected) in cases {
            let w: Vec<&str> = name.split(' ').collect();
            assert_eq!(words.not_a_persons_name(&w), *expected, "{name}");
        }
        assert!(!Words::default().not_a_persons_name(&["Dead", "Space"]), "no model, no evidence");
    }

    #[test]
    fn company_descriptors_open_names() {
        // (name as written, where the rest begins)
        let common = ["battery", "maker"];
        let cases: &[(&str, Option<usize>)] = &[
            ("Chipmaker Veltron", Some(1)),
            ("Battery Maker Northvolt", Some(2)),
            ("Startup Mistral AI", Some(1)),
            ("Bank of England", None),            // `of`: the noun is the name's own
            ("Veltron Chipmaker", None),          // the noun last
            ("Jensen Huang", None),               // no descriptor
            ("Chipmaker veltron", None),          // the rest is not capitalised
            ("Northern Chipmaker Veltron", None), // `Northern` is no common word
            ("Group Insurance Council", None),    // a head word: the name is whole
        ];
        for (name, expected) in cases {
            let w: Vec<&str> = name.split(' ').collect();
            let f: Vec<String> = w.iter().map(|x| x.to_lowercase()).collect();
            let f: Vec<&str> = f.iter().map(String::as_str).collect();
            let upper = |i: usize| w[i].starts_with(char::is_uppercase);
            let is_common = |i: usize| common.contains(&f[i]);
            assert_eq!(descriptor_end(&f, upper, is_common, 0, w.len()), *expected, "{name}");
        }
    }

    #[test]
    fn steps_of_a_howto() {
        // A name that opens with a step's verb.
        assert!(opens_with_step(&f("open settings , tap privacy"), 0, 2));
        assert!(opens_with_step(&f("then select display settings ."), 1, 4));
        assert!(!opens_with_step(&f("open university said"), 0, 2), "a head word");
        assert!(!opens_with_step(&f("open society foundations said"), 0, 3), "not a step: a verb follows");
        assert!(!opens_with_step(&f("plans to open london offices"), 2, 4), "`to open`: not a step");
        // A setting after a step's verb is not a name; after an ordinary `open`, it may be.
        assert!(not_a_name(&f("to share a file , open finder , choose airdrop"), 6, 7));
        assert!(not_a_name(&f("to share a file , open finder , choose airdrop"), 9, 10));
        assert!(!not_a_name(&f("it will open london offices"), 3, 4));
        assert!(!not_a_name(&f("they select amazon"), 2, 3));
    }

    #[test]
    fn abstract_nouns_opening_a_sentence() {
        assert!(abstract_opening(&f("inequality has widened"), 0, 1));
        assert!(abstract_opening(&f("unemployment fell in may"), 0, 1));
        assert!(abstract_opening(&f("loneliness is harmful"), 0, 1));
        assert!(!abstract_opening(&f("fidelity said on monday"), 0, 1), "it speaks");
        assert!(!abstract_opening(&f("fidelity 's funds"), 0, 1), "it owns");
        assert!(!abstract_opening(&f("unity has grown"), 0, 1), "too short to tell");
        assert!(!abstract_opening(&f("provence is warm"), 0, 1), "-ence ends places too");
        assert!(!abstract_opening(&f("the inequality report"), 1, 2), "not opening the sentence");
        assert!(!abstract_opening(&f("inequality watch said"), 0, 2), "two words");
        assert!(is_title_word("Inequality"));
        for w in ["SkyCity", "EXPANSION", "Marxism-Leninism", "inequality"] {
            assert!(!is_title_word(w), "{w}");
        }
    }

    #[test]
    fn sources_are_organisations() {
        let misc = EntityType::Misc;
        let org = Some(EntityType::Org);
        assert_eq!(cue("last year , and Apple claims the battery", 4, 5, misc), org);
        assert_eq!(cue("Samsung said its profit rose", 0, 1, misc), org);
        assert_eq!(cue("Smith claims the battery", 0, 1, EntityType::Person), None, "people speak too");
        assert_eq!(cue("after Palestinians said the", 1, 2, misc), None, "a people (MISC) speaks");
        assert_eq!(cue(", the Pennsylvania Republican said", 2, 4, misc), None, "a member of a group");
        assert_eq!(cue(", the Pennsylvania Republican said", 3, 4, misc), None, "after a capitalised word");
        assert_eq!(cue("from African Cup confirmed .", 1, 3, misc), None, "`confirmed`: a participle too");
        assert_eq!(cue("China said on Monday", 0, 1, EntityType::Location), None, "so do countries");
        assert_eq!(cue("the Retina display", 1, 2, misc), Some(EntityType::Misc));
        assert_eq!(cue("according to Pollstar", 2, 3, misc), None, "publications are MISC too in CoNLL");
        assert_eq!(cue("a study published in Nature", 4, 5, EntityType::Location), org);
        assert_eq!(cue("the findings , published in Science", 5, 6, misc), org);
        assert_eq!(cue("a novel published in Paris", 4, 5, EntityType::Location), None, "no research noun");
        assert_eq!(cue("in the journal Cell", 3, 4, EntityType::Location), org);
    }

    #[test]
    fn subjects_taken_up_by_a_personal_pronoun() {
        let person = |s: &str| {
            let low = s.to_lowercase();
            let upper: Vec<bool> = s.split(' ').map(|w| w.starts_with(char::is_uppercase)).collect();
            pronoun_person(&f(&low), &upper, 0, 1)
        };
        assert!(person("Lebed said on Friday he hoped to sign a deal"));
        assert!(person("Lebed , whom Yeltsin ordered to restore peace"));
        assert!(!person("Maersk said on Thursday its ships would sail"));
        assert!(!person("Sony signed the deal and he said"), "`the` stops");
        assert!(!person("Gujral said India would re-examine his position"), "another name stops");
    }

    #[test]
    fn pieces_are_joined() {
        let text = "The search for Osama bin Laden and the World Health Organization and Anna de Vries , \
                    Marine Le Pen and Ursula von der Leyen and Anna of Cleves and Schaepman, van Zwolle .";
        let mut tokens = Vec::new();
        let mut at = 0;
        for w in text.split(' ') {
            tokens.push(Span::new(at, at + w.len()));
            at += w.len() + 1;
        }
        let forms: Vec<String> = tokens.iter().map(|t| fold_word(t.slice(text))).collect();
        let folded = vec![forms.iter().map(String::as_str).collect::<Vec<_>>()];
        let sentence = TaggedSentence { role: Role::Body, paragraph: 0, tokens, tags: Vec::new() };
        let name = |first, end, kind| Name { sentence: 0, first, end, kind };
        let names = vec![
            name(3, 4, EntityType::Person),
            name(5, 6, EntityType::Person),
            name(8, 9, EntityType::Misc),
            name(9, 11, EntityType::Org),
            name(12, 13, EntityType::Location),
            name(14, 15, EntityType::Person),
            name(16, 17, EntityType::Person),
            name(18, 19, EntityType::Person),
            name(20, 21, EntityType::Person),
            name(23, 24, EntityType::Person),
            name(25, 26, EntityType::Person),
            name(27, 28, EntityType::Person),
            name(29, 30, EntityType::Person),
            name(31, 32, EntityType::Location),
        ];
        let joined = join_pieces(names, &folded, std::slice::from_ref(&sentence), text);
        let got: Vec<(usize, usize, EntityType)> = joined.iter().map(|n| (n.first, n.end, n.kind)).collect();
        // `Anna` is not a PERSON piece here, so `de Vries` stays apart; `Schaepman,` ends its
        // clause, so `van Zwolle` (a place of origin) does too.
        assert_eq!(
            got,
            [
                (3, 6, EntityType::Person),
                (8, 11, EntityType::Org),
                (12, 13, EntityType::Location),
                (14, 15, EntityType::Person),
                (16, 19, EntityType::Person),
                (20, 24, EntityType::Person),
                (25, 26, EntityType::Person),
                (27, 28, EntityType::Person),
                (29, 30, EntityType::Person),
                (31, 32, EntityType::Location)
            ]
        );
    }

    #[test]
    fn a_misc_word_does_not_join_the_person_after_it() {
        use EntityType::{Location, Misc, Person};
        let table = [
            ("fellow American James Heath won", Misc, vec![(1, 2, Misc), (2, 4, Person)]),
            ("the Japanese Taro Aso said", Misc, vec![(1, 2, Misc), (2, 4, Person)]),
            ("the Democrat Jimmy Carter said", Misc, vec![(1, 2, Misc), (2, 4, Person)]),
            ("the Archduke Franz Ferdinand said", Misc, vec![(1, 2, Misc), (2, 4, Person)]),
            ("author Chimamanda Ngozi Adichie wrote", Misc, vec![(1, 2, Misc), (2, 4, Person)]),
            // A given name the tagger took for a place joins as before.
            ("author Chimamanda Ngozi Adichie wrote", Location, vec![(1, 4, Person)]),
            ("author Brian Ngozi Adichie wrote", Location, vec![(1, 4, Person)]),
        ];
        for (text, kind, want) in table {
            let got = joined_pieces(text, |tokens| vec![(1, 2, kind), (2, tokens - 1, Person)]);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_place_named_again_does_not_join_the_person_after_it() {
        use EntityType::{Location, Person};
        // `Germany` is a place alone at the end of the sentence too: a place, not a given name.
        let text = "in Germany Johann Wolfgang von Goethe lived in Germany";
        let got = joined_pieces(text, |_| vec![(1, 2, Location), (2, 6, Person), (8, 9, Location)]);
        assert_eq!(got, vec![(1, 2, Location), (2, 6, Person), (8, 9, Location)]);
        // Named once, it is a given name the tagger took for a place, as before.
        let text = "in Germany Johann Wolfgang von Goethe lived in Weimar";
        let got = joined_pieces(text, |_| vec![(1, 2, Location), (2, 6, Person), (8, 9, Location)]);
        assert_eq!(got, vec![(1, 6, Person), (8, 9, Location)]);
    }

    #[test]
    fn people_after_a_nationality_are_no_company_cue() {
        use EntityType::{Misc, Org, Person};
        let words = Words::default();
        let table = [
            ("aimed at japanese investors", 2, Some(Misc), None),
            ("swiss shareholders sold", 0, Some(Misc), None),
            ("german executives met", 0, Some(Misc), None),
            ("aimed at japanese investors", 2, Some(Person), Some(Org)),
            ("vantage shareholders sold", 0, None, Some(Org)),
            ("apple 's employees left", 0, Some(Org), Some(Org)),
            // Other words after the name still say organisation whatever the tagger said.
            ("the japanese board met", 1, Some(Misc), Some(Org)),
            ("vantage 's ceo said", 0, Some(Misc), Some(Org)),
        ];
        for (text, first, tagged, want) in table {
            assert_eq!(context_cue(&words, &f(text), first, first + 1, tagged), want, "{text} {tagged:?}");
        }
    }

    #[test]
    fn a_places_stock_market_is_no_company_cue() {
        let words = Words::default();
        // (text, the name's first and end token, the cue)
        let table = [
            ("on the warsaw stock exchange", 2, 3, None),
            ("as tokyo stock prices recovered", 1, 2, None),
            ("the new york stock market", 1, 3, None),
            // A company's stock, its price: still an organisation.
            ("vantage stock fell", 0, 1, Some(EntityType::Org)),
            ("vantage 's stock price fell", 0, 1, Some(EntityType::Org)),
        ];
        for (text, first, end, want) in table {
            assert_eq!(context_cue(&words, &f(text), first, end, Some(EntityType::Location)), want, "{text}");
        }
    }

    #[test]
    fn a_place_noun_that_modifies_another_is_no_apposition_head() {
        use EntityType::{Location, Org, Person};
        let words = Words::default();
        // (text, the name's end token, the cue); the name is the first two words.
        let table = [
            ("clark gruening , a former state representative who won", None),
            ("steve earle , the nashville country rock singer", None),
            ("the firm , a supplier it spun off", Some(Org)),
            ("the firm , a bank based in oslo", Some(Org)),
            ("south ashford , a town and port", Some(Location)),
            ("south ashford , a town of farmers", Some(Location)),
            ("south ashford , a small town", Some(Location)),
            ("south ashford , a town founded in 1820", Some(Location)),
        ];
        for (text, want) in table {
            assert_eq!(context_cue(&words, &f(text), 0, 2, Some(Person)), want, "{text}");
        }
    }

    #[test]
    fn short_person_names() {
        use EntityType::{Location, Org, Person};
        // (the word's own type, its votes, the full name's votes, the tagger's votes for the word, short name?)
        type Row = (Option<EntityType>, usize, usize, Option<[usize; 4]>, bool);
        let table: &[Row] = &[
            // `Huang` after `Jensen Huang`: a person, or a word found only by propagation.
            (Some(Person), 3, 2, Some([3, 0, 0, 0]), true),
            (None, 0, 2, None, true),
            // Another type, but named less often than the person.
            (Some(Org), 1, 4, Some([0, 1, 0, 0]), true),
            // `Veltron`: an ORG to the tagger six times, more than the person's one.
            (Some(Org), 6, 1, Some([0, 6, 0, 0]), false),
            (Some(Location), 40, 8, Some([0, 0, 40, 0]), false),
            // `Buyoya`: a person to the tagger twice, an ORG only by a cue's three votes.
            (Some(Org), 5, 1, Some([2, 0, 0, 0]), true),
            // A tie between the tagger's person and place still counts as its person.
            (Some(Location), 5, 1, Some([1, 0, 1, 0]), true),
            (Some(Location), 5, 1, Some([1, 0, 2, 0]), false),
        ];
        for &(own, total, full, tagged, want) in table {
            assert_eq!(
                is_short_person_name(own, total, full, tagged.as_ref()),
                want,
                "{own:?} {total} {full} {tagged:?}"
            );
        }
    }

    /// Resolves `sentences` (tokens split at spaces) with the tagger's `names`: (sentence, first,
    /// end, type). Returns each entity's name and type.
    fn resolved(sentences: &[&str], names: &[(usize, usize, usize, EntityType)]) -> Vec<(String, EntityType)> {
        counted(sentences, names).into_iter().map(|(name, kind, _)| (name, kind)).collect()
    }

    /// `resolved`, with each entity's number of mentions.
    fn counted(sentences: &[&str], names: &[(usize, usize, usize, EntityType)]) -> Vec<(String, EntityType, usize)> {
        counted_with(sentences, names, Words::default())
    }

    /// `counted`, with the word lists `words`.
    fn counted_with(
        sentences: &[&str],
        names: &[(usize, usize, usize, EntityType)],
        words: Words,
    ) -> Vec<(String, EntityType, usize)> {
        let mut text = String::new();
        let mut tagged = Vec::new();
        for (k, s) in sentences.iter().enumerate() {
            let mut tokens = Vec::new();
            for w in s.split(' ') {
                if !tokens.is_empty() {
                    text.push(' ');
                }
                tokens.push(Span::new(text.len(), text.len() + w.len()));
                text.push_str(w);
            }
            text.push('\n');
            tagged.push(TaggedSentence { role: Role::Body, paragraph: k, tokens, tags: Vec::new() });
        }
        let names = names.iter().map(|&(sentence, first, end, kind)| Name { sentence, first, end, kind }).collect();
        let found = resolve(&text, &tagged, names, Vec::new(), true, words);
        let mut out: Vec<(String, EntityType, usize)> =
            found.entities.into_iter().map(|e| (e.name, e.kind, e.count)).collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    #[test]
    fn a_business_word_types_a_name_not_one_mention() {
        use EntityType::{Location, Org, Person};
        let english = || words_of(Language::En);
        // A person to the tagger three times, once beside `contract`: one person, not two types.
        let rows = ["the Borrower signed the contract", "the Borrower shall pay", "the Borrower may sue"];
        let names = [(0, 1, 2, Person), (1, 1, 2, Person), (2, 1, 2, Person)];
        assert_eq!(counted_with(&rows, &names, english()), [("Borrower".to_string(), Person, 3)]);
        // Half its mentions in a sentence of business: an organisation.
        let rows = ["Netflix signed a licensing deal", "Netflix grew"];
        let names = [(0, 0, 1, Person), (1, 0, 1, Person)];
        assert_eq!(counted_with(&rows, &names, english()), [("Netflix".to_string(), Org, 2)]);
        // A mention the tagger did not call a person, in a sentence of business, still is one.
        let rows = ["the profit fell at Petofi", "Petofi said", "Petofi left"];
        let names = [(0, 4, 5, Location), (1, 0, 1, Person), (2, 0, 1, Person)];
        let mut got = counted_with(&rows, &names, english());
        got.sort_by_key(|e| e.2);
        assert_eq!(got, [("Petofi".to_string(), Org, 1), ("Petofi".to_string(), Person, 2)]);
    }

    #[test]
    fn a_possessive_after_a_title_alone_stays_in_the_name() {
        use EntityType::{Location, Org};
        let english = || words_of(Language::En);
        let rows = ["play resumed at Lord 's on Friday"];
        assert_eq!(counted_with(&rows, &[(0, 3, 5, Location)], english()), [("Lord 's".to_string(), Location, 1)]);
        // After a name, the possessive is trimmed as before.
        let rows = ["shares of Vantage 's rival fell"];
        assert_eq!(counted_with(&rows, &[(0, 2, 4, Org)], english()), [("Vantage".to_string(), Org, 1)]);
    }

    #[test]
    fn a_long_word_in_capitals_is_no_acronym_outside_english() {
        use EntityType::{Org, Person};
        let french = || words_of(Language::Fr);
        // A surname in capitals (an OCR'd page's `VIGOUR`, `SAINT-MLEUX`): still a person.
        for name in ["VIGOUR", "SAINT-MLEUX"] {
            let rows = [format!("le témoin {name} a parlé hier")];
            let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
            assert_eq!(counted_with(&rows, &[(0, 2, 3, Person)], french()), [(name.to_string(), Person, 1)]);
        }
        // A short one is an acronym as before, and in English any length is.
        let rows = ["le syndicat CGT a parlé hier"];
        assert_eq!(counted_with(&rows, &[(0, 2, 3, Person)], french()), [("CGT".to_string(), Org, 1)]);
        let rows = ["the witness VIGOUR spoke"];
        assert_eq!(counted_with(&rows, &[(0, 2, 3, Person)], words_of(Language::En)), [("VIGOUR".to_string(), Org, 1)]);
    }

    #[test]
    fn an_untagged_acronym_is_an_organisation_where_the_language_says_so() {
        use EntityType::{Location, Org};
        let french = || words_of(Language::Fr);
        // Every occurrence, once the tagger left all of them untagged.
        let rows = ["la SNCF prévoit un train sur deux", "le patron de la SNCF a parlé"];
        assert_eq!(counted_with(&rows, &[], french()), [("SNCF".to_string(), Org, 2)]);
        // Acronyms of common nouns, Roman numerals, a title, one letter, six letters: nothing.
        let rows = ["le PIB et la TVA du PDG de Louis XIV selon A et UNESCO ont changé"];
        assert_eq!(counted_with(&rows, &[], french()), []);
        // Accented or one letter repeated (OCR'd headings): nothing.
        assert_eq!(counted_with(&["le ÉGARÉ et le OOO sont là"], &[], french()), []);
        assert_eq!(counted_with(&["el PP votó"], &[], words_of(Language::Es)), [("PP".to_string(), Org, 1)]);
        // A line in capitals, or the word written in lower case elsewhere: nothing.
        assert_eq!(counted_with(&["LA SNCF PRÉVOIT UNE GRÈVE"], &[], french()), []);
        assert_eq!(counted_with(&["le NO 5 et le no 6 ont été vendus"], &[], french()), []);
        // The tagger's type anywhere in the document wins: `USA` a place everywhere.
        let rows = ["les USA ont voté", "aux USA on vote"];
        assert_eq!(counted_with(&rows, &[(0, 1, 2, Location)], french()), [("USA".to_string(), Location, 2)]);
        // Beside a name, the tagger's or another capitalised word's: part of that name, not one of its own.
        let rows = ["le FC Barcelone a gagné", "ABN Amro et ING ont parlé"];
        assert_eq!(
            counted_with(&rows, &[(0, 2, 3, Org)], french()),
            [("Barcelone".to_string(), Org, 1), ("ING".to_string(), Org, 1)]
        );
        // A country's acronym is a place.
        assert_eq!(
            counted_with(&["os EUA e o Brasil"], &[], words_of(Language::Pt)),
            [("EUA".to_string(), Location, 1)]
        );
        // English (its tagger tags acronyms itself) and no language: nothing.
        assert_eq!(counted_with(&["the SNCF plans a strike"], &[], words_of(Language::En)), []);
        assert_eq!(counted_with(&["la SNCF prévoit une grève"], &[], Words::default()), []);
    }

    #[test]
    fn a_one_word_place_stands_outside_english() {
        use EntityType::{Location, Person};
        let dutch = || words_of(Language::Nl);
        let english = || words_of(Language::En);
        // A newspaper's column heading: a place, though the document names it nowhere else.
        let rows = ["RUSLAND .", "de keizer heeft het besluit genomen"];
        assert_eq!(counted_with(&rows, &[(0, 0, 1, Location)], dutch()), [("RUSLAND".to_string(), Location, 1)]);
        // Not in English (a page's `Overview`), nor a person of one word anywhere.
        assert_eq!(counted_with(&rows, &[(0, 0, 1, Location)], english()), []);
        assert_eq!(counted_with(&rows, &[(0, 0, 1, Person)], dutch()), []);
    }

    #[test]
    fn a_business_word_far_from_a_name_is_no_evidence() {
        use EntityType::{Org, Person};
        let english = || words_of(Language::En);
        // A run-on "sentence" of an OCR'd page: the business word stands clauses after the name.
        let row = "Stresemann met the ministers in Geneva on Monday to agree on a formula for the seat . The agency \
                   says the company";
        assert_eq!(counted_with(&[row], &[(0, 0, 1, Person)], english()), [("Stresemann".to_string(), Person, 1)]);
        // Near it, it still makes the lone name an organisation.
        let row = "Subscribers in Canada saw the price rise first , and Netflix said other markets would follow";
        assert_eq!(counted_with(&[row], &[(0, 10, 11, Person)], english()), [("Netflix".to_string(), Org, 1)]);
    }

    #[test]
    fn a_name_of_common_words_is_not_propagated() {
        use EntityType::{Misc, Person};
        let c = classes();
        let words = || Words { classes: Some(&c), english: true, lists: None };
        // Every word common in lower case: the tagger's one mention stands, the other is not added.
        let rows = ["we played Dead Space today", "then Dead Space again"];
        assert_eq!(counted_with(&rows, &[(0, 2, 4, Misc)], words()), [("Dead Space".to_string(), Misc, 1)]);
        // `Ellen` is no common word: propagated.
        let rows = ["we met Ellen Park today", "then Ellen Park again"];
        assert_eq!(counted_with(&rows, &[(0, 2, 4, Person)], words()), [("Ellen Park".to_string(), Person, 2)]);
    }

    #[test]
    fn propagation_spreads_a_name_at_most_twice_per_mention() {
        use EntityType::{Org, Person};
        // Named once, written twice more: both join it.
        let rows = ["the Lenders agree", "Lenders shall pay", "Lenders may sue"];
        assert_eq!(counted(&rows, &[(0, 1, 2, Person)]), [("Lenders".to_string(), Person, 3)]);
        // Named once, written three times more: a term the tagger read and left out, not propagated.
        let rows = ["the Lenders agree", "Lenders shall pay", "Lenders may sue", "Lenders may sell"];
        assert_eq!(counted(&rows, &[(0, 1, 2, Person)]), [("Lenders".to_string(), Person, 1)]);
        // Named twice, four more: propagated.
        let rows = ["the Lenders agree", "the Lenders pay", "Lenders a", "Lenders b", "Lenders c", "Lenders d"];
        assert_eq!(counted(&rows, &[(0, 1, 2, Person), (1, 1, 2, Person)]), [("Lenders".to_string(), Person, 6)]);
        // An acronym defined in parentheses stands for its name wherever it is written.
        let rows = ["shares of International Business Machines ( IBM ) rose", "IBM a", "IBM b", "IBM c", "IBM d"];
        assert_eq!(counted(&rows, &[(0, 2, 5, Org)]), [("International Business Machines".to_string(), Org, 6)]);
    }

    #[test]
    fn a_title_marks_the_mention_after_it() {
        use EntityType::{Location, Person};
        let place = "he moved to Zwolle in May";
        // `Baron Zwolle` once in a table's row (its mention: the tagger's vote, the title's and the
        // title cue's), `Zwolle` a place eight times: a place.
        let rows = ["Rudolf Baron Zwolle 1803", place, place, place, place, place, place, place, place];
        let mut names = vec![(0, 0, 1, Person), (0, 2, 3, Location)];
        names.extend((1..9).map(|k| (k, 3, 4, Location)));
        let got = resolved(&rows, &names);
        assert!(got.contains(&("Zwolle".to_string(), Location)), "{got:?}");
        // Titled twice, a place once to the tagger: a person.
        let rows = ["the letter of Baron Zwolle", "Baron Zwolle wrote", place];
        let got = resolved(&rows, &[(0, 4, 5, Location), (1, 1, 2, Location), (2, 3, 4, Location)]);
        assert_eq!(got, [("Zwolle".to_string(), Person)]);
        // `Mr. Altman` once, a place to the tagger once: the title's mention outweighs it.
        let rows = ["we met Mr. Altman today", "Altman left"];
        let got = resolved(&rows, &[(0, 3, 4, Person), (1, 0, 1, Location)]);
        assert_eq!(got, [("Altman".to_string(), Person)]);
    }

    #[test]
    fn lists_are_sorted() {
        for list in [
            super::COMMON_ACRONYMS,
            super::PLACE_ACRONYMS,
            super::TITLES,
            super::ORG_AFTER,
            super::ORG_BEFORE_OF,
            super::ORG_NOUNS,
            super::LOC_NOUNS,
            super::LOC_BEFORE_OF,
            super::ORG_HEADS,
            super::LOC_HEADS,
            super::ORG_HEADS_OF,
            super::LOC_HEADS_OF,
            super::TRAVEL_VERBS,
            super::OPENING_PARTICIPLES,
            super::UI_VERBS,
            super::PRODUCT_AFTER,
            super::SOFTWARE_BEFORE_IN,
            super::STEP_VERBS,
            super::ABSTRACT_SUFFIXES,
            super::SPEECH_VERBS,
            super::STUDY_NOUNS,
            super::NAME_PARTICLES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
