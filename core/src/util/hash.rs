//! The hash maps' hasher: one multiply per eight bytes (as rustc's `FxHasher`), then a fold and
//! one more multiply so that every byte reaches the bits hashbrown reads, in place of std's
//! SipHash.
//!
//! SipHash's strength is against keys chosen to collide, with a secret random key. On
//! `wasm32-unknown-unknown` std has no source of randomness: its `RandomState` keys are the
//! addresses of a stack and a heap value, the same from run to run. So it bought no protection
//! in the widget, only code. The keys here are the API's ids and the names' ids.

// The one place the std maps are named (core/clippy.toml forbids them elsewhere).
#![allow(clippy::disallowed_types)]

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

    /// A multiply carries each bit only upwards, so the high half of the state holds what the
    /// low half lacks. hashbrown takes the bucket from the low bits of the hash as a `usize` and
    /// the tag from the top seven bits of that `usize`: on wasm32 both from the low 32 bits.
    /// Folding the high half down, multiplying once more and folding again brings every bit of
    /// every word there (without it, the last two bytes of an 8-byte key never reached a
    /// bucket: "conv-100" to "conv-999" fell in a few buckets).
    fn finish(&self) -> u64 {
        let h = (self.0 ^ (self.0 >> 32)).wrapping_mul(K);
        h ^ (h >> 32)
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

    /// How many keys the fullest of 1,024 buckets and the emptiest and fullest of the 128 tags
    /// get, read as hashbrown reads a hash on wasm32: the bucket from the low bits of its low
    /// 32, the tag from that half's top seven bits.
    fn spread(keys: &[String]) -> (u32, u32, u32) {
        let mut buckets = [0u32; 1024];
        let mut tags = [0u32; 128];
        for key in keys {
            let h = hash(key) as u32;
            buckets[(h & 1023) as usize] += 1;
            tags[(h >> 25) as usize] += 1;
        }
        let (min_tag, max_tag) = (tags.iter().min().copied(), tags.iter().max().copied());
        (buckets.iter().max().copied().unwrap_or(0), min_tag.unwrap_or(0), max_tag.unwrap_or(0))
    }

    #[test]
    fn ids_spread_over_the_buckets_and_the_tags() {
        // 10,000 ids shaped as the API's (UUIDs that differ in a few places, at the end or at
        // the start): about 10 a bucket and 78 a tag on average, none crowded.
        for ids in [
            (0..10_000u32).map(|i| format!("3a6f{:04x}-1c2d-4e5f-8a9b-{:012x}", i % 97, i)).collect::<Vec<_>>(),
            (0..10_000u32).map(|i| format!("{i:08x}-1c2d-4e5f-8a9b-0123456789ab")).collect(),
        ] {
            let (bucket, min_tag, max_tag) = spread(&ids);
            assert!(
                bucket <= 30 && (40..=120).contains(&min_tag) && max_tag <= 120,
                "{:?}",
                (bucket, min_tag, max_tag)
            );
        }
        // Short ids whose last bytes differ ("conv-100" … "conv-999", one 8-byte word; "c-1" …):
        // under one a bucket on average, at most a few in any.
        for ids in [
            (100..1000u32).map(|i| format!("conv-{i}")).collect::<Vec<_>>(),
            (0..900u32).map(|i| format!("c-{i}")).collect(),
        ] {
            let (bucket, _, max_tag) = spread(&ids);
            assert!(bucket <= 6 && max_tag <= 20, "{:?}: {:?}", &ids[..2], (bucket, max_tag));
        }
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
