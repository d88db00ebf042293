//! Leptos's reactive parts with their work in one copy for the whole widget, instead of one
//! per closure or per type of value (the bundle is smaller; they behave as Leptos's own):
//! - [`effect`], [`follow`]: run on the next tick (`follow`: at once) and whenever what they
//!   read changes (each closure boxed);
//! - [`memo`] ([`Derived`]): recomputes when what it read changes and notifies only when its
//!   value does (one Leptos memo type, the value's type erased);
//! - [`Slot`] ([`Read`]): a value the parts follow, in place of `RwSignal` (a `Trigger` beside
//!   the value, in one arena type); untracked, it holds what `StoredValue` held;
//! - [`hold`]: keeps an effect or a listener as long as its owner.

use std::any::Any;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::{
    ArcTrigger, Effect, GetValue, LocalStorage, Memo, Notify, StoredValue, Track, With, WithUntracked,
};
use leptos::reactive::effect::RenderEffect;

/// Runs `f` on the next tick, and again whenever what it read changes, as long as the current
/// owner lives; `f` is given what it returned the last time (`None` the first time).
pub fn effect<T: 'static>(f: impl FnMut(Option<T>) -> T + 'static) {
    boxed_effect(keeping_last(f));
}

fn boxed_effect(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// The same, but run now as well (what it builds is in place at once, as Leptos's own views
/// are): Leptos's render effect.
pub fn follow<T: 'static>(f: impl FnMut(Option<T>) -> T + 'static) {
    boxed_follow(keeping_last(f));
}

fn boxed_follow(mut f: Box<dyn FnMut()>) {
    hold(RenderEffect::new(move |_| f()));
}

/// `f`, boxed, keeping what it returned to give it back the next time: one type of closure
/// for every effect.
fn keeping_last<T: 'static>(mut f: impl FnMut(Option<T>) -> T + 'static) -> Box<dyn FnMut()> {
    let mut last = None;
    Box::new(move || last = Some(f(last.take())))
}

/// `f`'s value, recomputed when what it read changes; `f` is given its last value.
pub fn memo<T: PartialEq + Send + Sync + 'static>(f: impl Fn(Option<&T>) -> T + Send + Sync + 'static) -> Derived<T> {
    fn same<T: PartialEq + 'static>(a: &Erased, b: &Erased) -> bool {
        a.0.downcast_ref::<T>() == b.0.downcast_ref::<T>()
    }
    let memo = boxed_memo(Box::new(move |last: Option<&Erased>| {
        Erased(Arc::new(f(last.and_then(|l| l.0.downcast_ref::<T>()))), same::<T>)
    }));
    Derived { memo, value: PhantomData }
}

#[allow(clippy::type_complexity)]
fn boxed_memo(f: Box<dyn Fn(Option<&Erased>) -> Erased + Send + Sync>) -> Memo<Erased> {
    Memo::new(f)
}

/// A memo's value with its type erased, so that Leptos's memo is built once for the whole
/// widget: the value, and how to compare two of its type.
struct Erased(Arc<dyn Any + Send + Sync>, fn(&Erased, &Erased) -> bool);

impl PartialEq for Erased {
    fn eq(&self, other: &Erased) -> bool {
        (self.1)(self, other)
    }
}

/// A value computed from others ([`memo`]): those that read it are told only when it changes.
pub struct Derived<T: 'static> {
    memo: Memo<Erased>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Derived<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Derived<T> {}

/// The memo's current value (recomputed first if what it read changed), tracked or not.
fn current(memo: Memo<Erased>, tracked: bool) -> Arc<dyn Any + Send + Sync> {
    if tracked {
        memo.with(|v| Arc::clone(&v.0))
    } else {
        memo.with_untracked(|v| Arc::clone(&v.0))
    }
}

impl<T: 'static> Derived<T> {
    fn read<R>(self, tracked: bool, f: impl FnOnce(&T) -> R) -> R {
        let value = current(self.memo, tracked);
        f(value.downcast_ref::<T>().expect("a memo's own type"))
    }

    /// `f` of the value, tracked.
    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.read(true, f)
    }

    /// Tells whoever reads this of a change to the value.
    pub fn track(self) {
        self.memo.track();
    }
}

impl<T: Clone + 'static> Derived<T> {
    /// A copy of the value, tracked.
    pub fn get(self) -> T {
        self.read(true, T::clone)
    }

    /// A copy of the value, untracked.
    pub fn get_untracked(self) -> T {
        self.read(false, T::clone)
    }
}

/// A value the widget's parts follow, held as long as the owner it was made under: Leptos's
/// `RwSignal` with its machinery in one copy for every type of value (a `Trigger` tells who
/// read it that it changed; the value sits beside it). `Copy`, so closures capture it freely.
/// Reading it with `with` while it is being changed panics, as a Leptos signal's read does; the
/// `try_` reads and every change give `None` or do nothing instead (the list's listeners rely
/// on that: a focus that came while the rows are drawn is simply not acted on).
pub struct Slot<T: 'static> {
    node: StoredValue<Rc<dyn Any>, LocalStorage>,
    value: PhantomData<fn() -> T>,
}

struct Node<T> {
    trigger: ArcTrigger,
    value: RefCell<T>,
}

impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Slot<T> {}

impl<T: 'static> Slot<T> {
    pub fn new(value: T) -> Slot<T> {
        let node: Rc<dyn Any> = Rc::new(Node { trigger: ArcTrigger::new(), value: RefCell::new(value) });
        Slot { node: keep(node), value: PhantomData }
    }

    /// The node, unless its owner is gone.
    fn node(self) -> Option<Rc<Node<T>>> {
        self.node.try_get_value()?.downcast().ok()
    }

    /// `f` of the value, unless its owner is gone or it is being changed; tracked: whoever
    /// reads it is told of changes.
    pub fn try_with<R>(self, f: impl FnOnce(&T) -> R) -> Option<R> {
        let node = self.node()?;
        node.trigger.track();
        let value = node.value.try_borrow().ok()?;
        Some(f(&value))
    }

    /// `f` of the value, untracked, unless its owner is gone or it is being changed.
    pub fn try_with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> Option<R> {
        let node = self.node()?;
        let value = node.value.try_borrow().ok()?;
        Some(f(&value))
    }

    /// `f` of the value, tracked. Panics once its owner is gone, as a disposed signal does.
    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.try_with(f).expect("a slot read after its owner ended, or while it is changed")
    }

    /// `f` of the value, untracked.
    pub fn with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.try_with_untracked(f).expect("a slot read after its owner ended, or while it is changed")
    }

    /// Tells whoever reads the value of a change to it (not once its owner is gone).
    pub fn track(self) {
        if let Some(node) = self.node() {
            node.trigger.track();
        }
    }

    /// Changes the value with `f`, and tells whoever read it; nothing once its owner is gone or
    /// while it is read or changed.
    pub fn try_update<R>(self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let node = self.node()?;
        let out = f(&mut *node.value.try_borrow_mut().ok()?);
        node.trigger.notify();
        Some(out)
    }

    /// Changes the value with `f` without telling anyone (for what no reader follows); nothing
    /// once its owner is gone or while it is read or changed.
    pub fn try_update_untracked<R>(self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let node = self.node()?;
        let out = f(&mut *node.value.try_borrow_mut().ok()?);
        Some(out)
    }

    /// Changes the value with `f` without telling anyone; nothing once its owner is gone.
    pub fn update_untracked(self, f: impl FnOnce(&mut T)) {
        let _changed = self.try_update_untracked(f);
    }

    /// Changes the value with `f`, and tells whoever read it.
    pub fn update(self, f: impl FnOnce(&mut T)) {
        let _changed = self.try_update(f);
    }

    /// Sets the value, and tells whoever read it.
    pub fn set(self, value: T) {
        self.update(|v| *v = value);
    }

    /// The read-only half, for those that only follow it.
    pub fn read_only(self) -> Read<T> {
        Read(self)
    }
}

impl<T: Default + 'static> Default for Slot<T> {
    fn default() -> Self {
        Slot::new(T::default())
    }
}

impl<T: Clone + 'static> Slot<T> {
    /// A copy of the value, tracked.
    pub fn get(self) -> T {
        self.with(T::clone)
    }

    /// A copy of the value, untracked.
    pub fn get_untracked(self) -> T {
        self.with_untracked(T::clone)
    }

    /// A copy of the value, untracked, unless its owner is gone.
    pub fn try_get_untracked(self) -> Option<T> {
        self.try_with_untracked(T::clone)
    }
}

/// A [`Slot`] that can only be read.
pub struct Read<T: 'static>(Slot<T>);

impl<T> Clone for Read<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Read<T> {}

impl<T: 'static> Read<T> {
    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with(f)
    }

    pub fn with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with_untracked(f)
    }
}

impl<T: Clone + 'static> Read<T> {
    pub fn get(self) -> T {
        self.0.get()
    }

    pub fn get_untracked(self) -> T {
        self.0.get_untracked()
    }
}

/// Keeps `value` (an effect, a listener) as long as the current owner lives, then drops it.
pub fn hold<T: 'static>(value: T) {
    let _kept = keep(Rc::new(value));
}

/// Keeps `value` as long as the current owner lives: one arena type for every kept value.
fn keep(value: Rc<dyn Any>) -> StoredValue<Rc<dyn Any>, LocalStorage> {
    StoredValue::new_local(value)
}
