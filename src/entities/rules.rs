//! Rules (in progress).
use super::Mention;
use crate::span::Span;

pub fn find(_text: &str, _tokens: &[Span], _out: &mut Vec<Mention>) {}
