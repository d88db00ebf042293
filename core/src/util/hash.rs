//! The hash maps' hasher: one multiply and rotate per eight bytes (the scheme of rustc's
//! `FxHasher`), in place of std's SipHash.
//!
//! SipHash's strength is against keys chosen to collide, with a secret random key. On
//! `wasm32-unknown-unknown` std has no source of randomness: its `RandomState` keys are the
//! addresses of a stack and a heap value, the same from run to run. So it bought no protection
//! in the widget, only code. The keys here are the API's ids and the names' ids.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`Fx`].
pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
/// A `HashSet` with [`Fx`].
pub type Set<T> = HashSet<T, BuildHasherDefault<Fx>>;

/// The hasher (see the module).
#[derive(Debug, Default, Clone, Copy)]
pub struct Fx(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(K);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        let mut w = [0; 8];
        w[..rest.len()].copy_from_slice(rest);
        // The length in the last word, so "a" and "a\0" differ.
        self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The multiply leaves the high half best mixed. hashbrown takes the bucket from the low
    /// bits of the hash as a `usize` and its tag from the top seven bits of that `usize`: on
    /// wasm32 both come from the low 32 bits, so the high half is brought down.
    fn finish(&self) -> u64 {
        self.0.rotate_left(32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn hash(s: &str) -> u64 {
        BuildHasherDefault::<Fx>::default().hash_one(s)
    }

    #[test]
    fn equal_keys_hash_alike_and_near_keys_differ() {
        assert_eq!(hash("conv-1"), hash(&String::from("conv-1")));
        let keys = ["", "a", "a\0", "ab", "conv-1", "conv-2", "conv-10", "0123456", "01234567", "012345678"];
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn ids_spread_over_the_buckets_and_the_tags() {
        // 10,000 ids shaped as the API's (UUIDs that differ in a few places), read as hashbrown
        // reads a hash on wasm32: the bucket from the low bits of its low 32 (a table of 1,024
        // buckets), the tag from that half's top seven bits.
        let ids: Vec<String> =
            (0..10_000u32).map(|i| format!("3a6f{:04x}-1c2d-4e5f-8a9b-{:012x}", i % 97, i)).collect();
        let mut buckets = [0u32; 1024];
        let mut tags = [0u32; 128];
        for id in &ids {
            let h = hash(id) as u32;
            buckets[(h & 1023) as usize] += 1;
            tags[(h >> 25) as usize] += 1;
        }
        // About 10 a bucket and 78 a tag on average: none crowded, none far below.
        let spread = |counts: &[u32]| (counts.iter().min().copied(), counts.iter().max().copied());
        assert!(buckets.iter().all(|&n| n <= 30), "{:?}", spread(&buckets));
        assert!(buckets.iter().filter(|&&n| n == 0).count() <= 2, "{:?}", spread(&buckets));
        assert!(tags.iter().all(|&n| (40..=120).contains(&n)), "{:?}", spread(&tags));
    }

    #[test]
    fn a_map_and_a_set_work_as_std_s() {
        let mut m: Map<String, usize> = Map::default();
        for i in 0..1000 {
            m.insert(format!("id-{i}"), i);
        }
        assert_eq!(m.len(), 1000);
        assert!((0..1000).all(|i| m.get(&format!("id-{i}")) == Some(&i)));
        let mut s: Set<String> = Set::default();
        assert!(s.insert("x".into()) && !s.insert("x".into()));
    }
}
