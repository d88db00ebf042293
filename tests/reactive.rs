//! `platform::reactive`: the boxed effect and memo behave as Leptos's own.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use crm_widget::platform::reactive::{effect, memo, Slot};
use leptos::prelude::*;
use support::tick;
use wasm_bindgen_test::*;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn an_effect_is_given_its_last_value_and_runs_again_only_when_what_it_read_changes() {
    let _started = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let (read, other) = (RwSignal::new(1), RwSignal::new(0));
    owner.with(|| {
        let seen = Rc::clone(&seen);
        effect(move |last: Option<i32>| {
            let now = read.get();
            seen.borrow_mut().push((last, now));
            now * 10
        });
    });
    assert!(seen.borrow().is_empty(), "not at once");
    tick().await;
    assert_eq!(*seen.borrow(), [(None, 1)], "runs on the next tick, given nothing the first time");
    other.set(5);
    tick().await;
    assert_eq!(seen.borrow().len(), 1, "a signal it did not read does not run it");
    read.set(2);
    tick().await;
    assert_eq!(*seen.borrow(), [(None, 1), (Some(10), 2)], "given what it returned last");
    drop(owner);
    read.set(3);
    tick().await;
    assert_eq!(seen.borrow().len(), 2, "it ends with its owner");
}

#[wasm_bindgen_test]
async fn a_memo_notifies_only_when_its_value_changes() {
    let _started = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let runs = Rc::new(RefCell::new(0));
    let n = RwSignal::new(1);
    owner.with(|| {
        let even = memo(move |_| n.get() % 2 == 0);
        let runs = Rc::clone(&runs);
        effect(move |_: Option<()>| {
            even.track();
            *runs.borrow_mut() += 1;
        });
        assert!(!even.get_untracked());
    });
    tick().await;
    assert_eq!(*runs.borrow(), 1);
    n.set(3);
    tick().await;
    assert_eq!(*runs.borrow(), 1, "still odd: nothing to tell");
    n.set(4);
    tick().await;
    assert_eq!(*runs.borrow(), 2, "now even");
}

#[wasm_bindgen_test]
async fn a_slot_tells_those_that_read_it_and_ends_with_its_owner() {
    let _started = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let (slot, quiet) = owner.with(|| (Slot::new(vec![1]), Slot::new(0)));
    let reader = slot.read_only();
    owner.with(|| {
        let seen = Rc::clone(&seen);
        effect(move |_: Option<()>| {
            let untracked = quiet.get_untracked();
            seen.borrow_mut().push((reader.with(|v| v.len()), untracked));
        });
    });
    tick().await;
    assert_eq!(*seen.borrow(), [(1, 0)]);
    quiet.set(7);
    tick().await;
    assert_eq!(seen.borrow().len(), 1, "a slot read untracked does not run it again");
    slot.update(|v| v.push(2));
    tick().await;
    assert_eq!(*seen.borrow(), [(1, 0), (2, 7)], "an update runs it again, with the value changed in place");
    slot.set(vec![]);
    tick().await;
    assert_eq!(seen.borrow().last(), Some(&(0, 7)));
    assert_eq!(slot.try_update(|v| v.len()), Some(0), "an update gives back what its closure returned");
    tick().await;
    drop(owner);
    assert_eq!(slot.try_with_untracked(Vec::len), None, "gone with its owner");
    assert_eq!(slot.try_update(|v| v.push(3)), None, "an update after the owner is nothing");
    tick().await;
    assert_eq!(seen.borrow().len(), 4);
}

#[wasm_bindgen_test]
async fn a_memo_follows_a_slot() {
    let _started = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let n = owner.with(|| Slot::new(1));
    let even = owner.with(|| memo(move |_| n.get() % 2 == 0));
    assert!(!even.get_untracked());
    n.set(4);
    assert!(even.get_untracked(), "recomputed when read after a change");
    n.update(|n| *n += 1);
    assert!(!even.get_untracked());
}

#[wasm_bindgen_test]
async fn a_slot_read_or_changed_while_it_is_changed_is_nothing_not_a_panic() {
    let owner = Owner::new();
    let slot = owner.with(|| Slot::new(1));
    let inside = slot.try_update_untracked(|v| {
        *v = 2;
        (slot.try_with_untracked(|v| *v), slot.try_update_untracked(|v| *v = 3))
    });
    assert_eq!(inside, Some((None, None)), "neither a read nor a change while it is changed");
    let inside = slot.try_with_untracked(|v| (*v, slot.try_update(|v| *v = 4)));
    assert_eq!(inside, Some((2, None)), "no change while it is read");
    slot.update(|v| *v += 1);
    assert_eq!(slot.get_untracked(), 3, "and after, as before");
}
