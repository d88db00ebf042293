//! `platform::reactive`: the boxed effect and memo behave as Leptos's own.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use crm_widget::platform::reactive::{effect, memo};
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
