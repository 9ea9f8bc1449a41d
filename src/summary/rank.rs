//! The sentence scorer: a logistic model over the features of a sentence,
//! fitted by `src/bin/tune.rs` on CNN/DailyMail training articles against
//! greedy-oracle labels (docs/summary.md). Its output, in [0, 1], is the
//! model's estimate that the sentence belongs in a short summary of the
//! text; it never depends on the length asked for.

use crate::summary::features::{Features, KEY_TERMS};
pub use crate::summary::select::Blend;

/// Declares the model's inputs and its weights from one list of names, so
/// that the two cannot drift apart and every weight has a name.
macro_rules! linear_model {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The model's inputs for one sentence, derived from its [`Features`].
        #[derive(Debug, Clone, Copy, Default, PartialEq)]
        pub struct Inputs {
            $($(#[$doc])* pub $name: f32,)*
        }

        /// One weight per input, and the bias.
        #[derive(Debug, Clone, Copy, Default, PartialEq)]
        pub struct Weights {
            pub bias: f32,
            $(pub $name: f32,)*
        }

        impl Inputs {
            /// The input names, in the order of [`Inputs::values`].
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name),)*];

            pub fn values(&self) -> Vec<f32> {
                vec![$(self.$name,)*]
            }
        }

        impl Weights {
            /// The linear score (log-odds) of a sentence.
            pub fn logit(&self, x: &Inputs) -> f32 {
                self.bias $(+ self.$name * x.$name)*
            }

            /// Weights from a bias and one value per input, in the order of
            /// [`Inputs::NAMES`] (for the fitting tool).
            pub fn from_values(bias: f32, values: &[f32]) -> Weights {
                let mut it = values.iter().copied();
                Weights { bias, $($name: it.next().unwrap_or(0.0),)* }
            }

            /// The weights in the order of [`Inputs::NAMES`].
            pub fn values(&self) -> Vec<f32> {
                vec![$(self.$name,)*]
            }
        }
    };
}

linear_model! {
    /// 1 for the first candidate sentence (the lead).
    first,
    /// 1 for the second.
    second,
    /// 1 for the third.
    third,
    /// `1 / (1 + position)`.
    lead,
    /// `exp(-position / 10)`: a slower lead prior.
    early,
    /// Position as a share of the text, 0 (first) to 1 (last).
    relative_position,
    /// `ln` of the LexRank centrality (mean 1).
    centrality,
    /// 1 for the most central sentence, falling linearly to 0 for the least.
    centrality_top,
    /// `ln` of the word-overlap (TextRank) centrality (mean 1).
    overlap,
    /// `ln(1 + coverage)`.
    coverage,
    /// Cosine similarity to the title.
    title,
    /// Share of the text's key terms the sentence contains.
    keywords,
    /// Words, capped at 40, over 40.
    length,
    /// `ln(1 + words)`.
    length_log,
    /// 1 for a fragment of fewer than 6 words.
    short,
    /// 1 for a question.
    question,
    /// 1 for a sentence that opens with a quotation mark.
    quote,
    /// 1 for a sentence that holds a quotation mark.
    quoted,
    /// 1 for a sentence that holds a digit.
    digits,
    /// `lead` times `ln(1 + candidates)`: the lead counts more in a long text.
    lead_long,
    /// `ln(1 + candidates)`: the same for every sentence of a text; it only
    /// calibrates the probability (a long text has more sentences to share
    /// a summary's few places).
    size,
}

/// The model's inputs for a sentence.
pub fn inputs(f: &Features) -> Inputs {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let position = f.position as f32;
    let last = f.count.saturating_sub(1).max(1) as f32;
    let words = f.words as f32;
    Inputs {
        first: flag(f.position == 0),
        second: flag(f.position == 1),
        third: flag(f.position == 2),
        lead: 1.0 / (1.0 + position),
        early: (-position / 10.0).exp(),
        relative_position: position / last,
        centrality: f.centrality.max(1e-3).ln(),
        centrality_top: 1.0 - f.centrality_rank as f32 / last,
        overlap: f.overlap.max(1e-3).ln(),
        coverage: (1.0 + f.coverage).ln(),
        title: f.title,
        keywords: f.key_terms as f32 / KEY_TERMS as f32,
        length: words.min(40.0) / 40.0,
        length_log: (1.0 + words).ln(),
        short: flag(f.words < 6),
        question: flag(f.question),
        quote: flag(f.quote),
        quoted: flag(f.quoted),
        digits: flag(f.digits),
        lead_long: (1.0 / (1.0 + position)) * (1.0 + f.count as f32).ln(),
        size: (1.0 + f.count as f32).ln(),
    }
}

/// Everything the ranking needs: two scores and how they are blended.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scorer {
    /// What a summary of a few sentences keeps: fitted on CNN/DailyMail
    /// highlights. The reported `score` is this model's probability.
    pub short: Weights,
    /// What a long extract (about 40 % of the text) keeps: fitted on BBC
    /// extractive summaries.
    pub long: Weights,
    /// How the ranking moves from `short` to `long` as it goes deeper.
    pub blend: Blend,
    /// The penalty, in log-odds, for a sentence's similarity to one already
    /// ranked above it (maximal marginal relevance).
    pub redundancy: f32,
}

/// The scorer the library uses (printed by `src/bin/tune.rs`; how it was
/// fitted and selected is in docs/summary.md).
pub const SCORER: Scorer = Scorer {
    short: Weights {
        bias: -1.2098,
        first: -1.0360,
        second: -0.3686,
        third: -0.1616,
        lead: 2.2184,
        early: 1.2843,
        relative_position: -0.4862,
        centrality: 0.4872,
        centrality_top: 0.3310,
        overlap: 0.0817,
        coverage: 0.3717,
        title: 0.0000,
        keywords: 0.3713,
        length: -0.9552,
        length_log: -0.1673,
        short: -0.2714,
        question: -0.3315,
        quote: -0.3614,
        quoted: -0.1510,
        digits: 0.2706,
        lead_long: -0.2825,
        size: -0.2872,
    },
    long: Weights {
        bias: -1.0278,
        first: -1.1496,
        second: -0.2048,
        third: 0.1111,
        lead: 2.1835,
        early: -0.0979,
        relative_position: 0.1992,
        centrality: -1.6006,
        centrality_top: 3.0418,
        overlap: 3.8696,
        coverage: -0.7345,
        title: 1.4761,
        keywords: 2.0406,
        length: 0.1882,
        length_log: -0.3431,
        short: 0.1525,
        question: -0.5242,
        quote: -0.1420,
        quoted: 0.3281,
        digits: 0.0415,
        lead_long: -0.4884,
        size: -0.0552,
    },
    blend: Blend { delay: 0.050, reach: 0.300 },
    redundancy: 1.500,
};

/// The logistic function: log-odds to a probability in [0, 1].
pub fn probability(logit: f32) -> f32 {
    1.0 / (1.0 + (-logit).exp())
}
