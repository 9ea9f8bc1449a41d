// The word lists of the entity rules, one per key of a language file's
// `[entities]` table. This one list is read twice, through `include!`: by
// build.rs (the keys it accepts and writes into the generated tables) and
// by src/language (the fields of `EntityWords` and `EntityWords::lists`).
// Each includer defines `entity_lists!` first; a new list is added here only.
entity_lists! {
    /// After a number: `12 billion`, `3,5 Mio.`.
    scales,
    /// Phrases naming a currency after an amount: `12 billion dollars`.
    currency_words,
    /// Currency words that also name something else (`pounds` of weight,
    /// `livres` as books): money only after a scale or a money cue.
    contextual_currency,
    /// Between a scale and a currency word: `30 millones de euros`.
    currency_links,
    /// Words shortly before an amount that make a contextual currency word
    /// money: `paid 40 pounds`.
    money_cues,
    /// Phrases after an amount: `a year`, `per share`.
    rates,
    /// Phrases after a number that make it a percentage: `per cent`.
    percent_words,
    /// Phrases of units after a number: `miles`, `square feet` (SI symbols
    /// such as `km` are in the code).
    units,
    /// Before a weekday or period: `last Friday`, `next week`.
    relative,
    /// After a weekday or period: `lundi dernier`, `el año pasado`.
    relative_after,
    /// Periods after (or before) a relative word: `week`, `year`.
    periods,
    /// Dates on their own: `yesterday`, `tomorrow`.
    days,
    /// A year (or a month alone) after one of these is a date: `in 2019`.
    year_cues,
    /// Between day, month and year: `15 de marzo de 2026`.
    date_links,
    /// After a day's number: `1st`, `1er`, `3.`.
    day_suffixes,
    /// After a time: `10:30 a.m.`.
    meridiems,
    /// After an hour that make it a time: `14.30 Uhr`.
    clock_words,
    /// Between hours and minutes: `10 h 30`, `10h30`.
    hour_marks,
    /// Before a bare hour (`um 14 Uhr`, `à 10 h`): without one, `24 uur`
    /// is a duration.
    time_cues,
    /// Times on their own: `noon`, `midnight`.
    time_words,
    /// Words near `$0`, `$1` that show code (registers, arguments), not money.
    code_cues,
    /// Words of players and progress bars before a percentage (`Loaded: 0%`):
    /// page furniture, not a figure.
    ui_labels,
    /// Elided articles glued to the next word, dropped before a lookup:
    /// `d'euros`, `l'année`.
    elisions,
    /// Words that open an organisation's name where the head comes first
    /// (`Banco de España`, `Protezione Civile`, `Universiteit Maastricht`):
    /// with the capitalised words and links after them they are one name.
    org_heads,
    /// The same for places (`Estadio Olímpico de Montjuïc`, `Lago Maggiore`).
    place_heads,
    /// Small words inside such a name before a capitalised word (`de`,
    /// `do`, `d'`, `voor de`).
    name_links,
    /// Titles before a person's name besides the English ones every language
    /// shares (`M.`, `Herr`, `Premier`, `presidente`): not part of the name,
    /// and a sign of a person.
    titles,
    /// Titles of rank that stay part of the name they open (`Lord Palmerston`,
    /// `Koning Leopold`): what historic newspapers call people by. Still a
    /// sign of a person; each is also a title (English's or `titles`).
    rank_titles,
    /// Words that show a sentence is about an organisation (`company`, `usine`, `Gewerkschaft`):
    /// there, a one-word name the tagger calls a person and no full name explains is an
    /// organisation (`Renault a annoncé … selon un communiqué`).
    org_cues,
    /// Endings of such words in compounds (`-agentur`: `Nachrichtenagentur`).
    org_cue_endings,
    /// Acronyms of common nouns that name no one (`pib`, `tva`, `iva`, `btw`),
    /// besides the ones every language shares (`ceo`, `tv`, `dna`): never an
    /// organisation by `acronyms_are_orgs`.
    common_acronyms,
}
