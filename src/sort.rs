//! Every sort the library ships goes through one non-generic stable sort of indices
//! (the training tools, behind `train`, keep std's).
//!
//! Why: each `slice::sort_by` call with its own closure type is a fresh copy of std's sort
//! (driftsort or ipnsort, 4-8 KB of wasm each): 63 sort functions, ≈ 95 KB of the page module.
//! Here std's sort is instantiated once, for `[usize]` with a `dyn` comparator, and the
//! generic wrappers only permute. Results are those of `sort_by`: the sort is stable, so any
//! comparator that is a total order gives the same order as before (and for `Ord` values that
//! are equal only when identical, the same as an unstable sort). The price is one indirect
//! call per comparison and one index vector per sort, in sorts that are not the hot path.

use std::cmp::Ordering;

/// Sorts indices stably by `cmp` (the one instantiation of std's sort).
#[inline(never)]
pub(crate) fn sort_indices(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts indices by `cmp` in place, without the stable sort's buffer (half
/// the list): for a comparator that is a total order (no two indices
/// equal), the same order as [`sort_indices`].
///
/// A heapsort, not std's `sort_unstable_by`: that would be a second copy of
/// std's sort machinery in the page module (+2.6 KB gzipped, measured), for
/// one sort of the sentences by centrality. Heapsort is O(n log n) with no
/// worst case and no buffer; its price is cache misses on millions of
/// sentences, in a sort run once per document.
#[inline(never)]
pub(crate) fn sort_indices_in_place(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    // Sifts `order[root]` down the max-heap `order[..end]`.
    let mut sift = |order: &mut [usize], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && cmp(order[child], order[child + 1]) == Ordering::Less {
            child += 1;
        }
        if cmp(order[root], order[child]) != Ordering::Less {
            return;
        }
        order.swap(root, child);
        root = child;
    };
    let n = order.len();
    for root in (0..n / 2).rev() {
        sift(order, root, n);
    }
    for end in (1..n).rev() {
        order.swap(0, end);
        sift(order, 0, end);
    }
}

/// `v.sort_by(cmp)`: the same stable order.
pub(crate) fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &mut |a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    // `order` is a permutation, so every slot is taken exactly once.
    *v = order.iter().filter_map(|&i| slots[i].take()).collect();
}

/// `v.sort_by_key(key)`: the same stable order.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// `v.sort()` (and `v.sort_unstable()`, whose order is the same for values that are
/// equal only when identical: numbers, spans, strings).
pub(crate) fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// Sorts a short list of numbers (a sentence's term ids): an insertion sort up
/// to [`SHORT`] numbers, [`sort`] past that. The same order as any sort (equal
/// numbers are alike); for the usual sentence it makes none of the three lists
/// [`sort_by`] makes, nor its indirect call per comparison.
pub(crate) fn sort_ids(v: &mut Vec<u32>) {
    if v.len() > SHORT {
        return sort(v);
    }
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

/// See [`sort_ids`]: an insertion sort's quadratic moves stay few below this.
const SHORT: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_like_std() {
        // Pairs sorted by their first field only: ties keep their input order.
        let input: Vec<(u8, u32)> = (0..500u32).map(|i| (((i * 7919) % 13) as u8, i)).collect();
        let mut ours = input.clone();
        sort_by_key(&mut ours, |p| p.0);
        let mut std = input.clone();
        std.sort_by_key(|p| p.0);
        assert_eq!(ours, std);
    }

    #[test]
    fn sorts_values_and_small_inputs() {
        let mut v = vec!["pear".to_string(), "apple".into(), "fig".into(), "apple".into()];
        sort(&mut v);
        assert_eq!(v, ["apple", "apple", "fig", "pear"]);
        let mut empty: Vec<u32> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![3];
        sort(&mut one);
        assert_eq!(one, [3]);
    }

    #[test]
    fn in_place_is_stable_for_a_total_order() {
        let value: Vec<u32> = (0..2000u32).map(|i| (i * 7919) % 101).collect();
        let mut total = |a: usize, b: usize| value[b].cmp(&value[a]).then(a.cmp(&b));
        let mut stable: Vec<usize> = (0..value.len()).collect();
        sort_indices(&mut stable, &mut total);
        let mut in_place: Vec<usize> = (0..value.len()).collect();
        sort_indices_in_place(&mut in_place, &mut total);
        assert_eq!(in_place, stable);
        for n in 0..40 {
            let mut small: Vec<usize> = (0..n).rev().collect();
            sort_indices_in_place(&mut small, &mut total);
            let mut want: Vec<usize> = (0..n).collect();
            sort_indices(&mut want, &mut total);
            assert_eq!(small, want, "{n} indices");
        }
    }

    #[test]
    fn ids_sorted_like_std() {
        for n in [0, 1, 2, 5, SHORT - 1, SHORT, SHORT + 1, 300] {
            let v: Vec<u32> = (0..n as u32).map(|i| (i * 7919) % 37).collect();
            let mut ours = v.clone();
            sort_ids(&mut ours);
            let mut std = v;
            std.sort();
            assert_eq!(ours, std, "{n} ids");
        }
    }

    #[test]
    fn indices_descending_with_ties_to_the_earlier() {
        let value = [0.5f32, 2.0, 0.5, 3.0, 2.0];
        let mut order: Vec<usize> = (0..value.len()).collect();
        sort_indices(&mut order, &mut |a, b| value[b].total_cmp(&value[a]));
        assert_eq!(order, [3, 1, 4, 0, 2]);
    }
}
