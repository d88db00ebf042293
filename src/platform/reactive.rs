//! Leptos's `Effect::new` and `Memo::new` with their work in one copy: each caller's closure is
//! boxed, so an effect's machinery is built once for the whole widget, and a memo's once per
//! type of value, instead of once per closure (the bundle is smaller; they behave as Leptos's
//! own: an effect runs on the next tick and whenever what it read changes, a memo recomputes
//! when what it read changes and notifies only when its value does).

use std::any::Any;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

use leptos::prelude::{ArcTrigger, Effect, GetValue, LocalStorage, Memo, Notify, StoredValue, Track};

/// Runs `f` on the next tick, and again whenever what it read changes, as long as the current
/// owner lives; `f` is given what it returned the last time (`None` the first time).
pub fn effect<T: 'static>(mut f: impl FnMut(Option<T>) -> T + 'static) {
    let mut last = None;
    boxed_effect(Box::new(move || last = Some(f(last.take()))));
}

fn boxed_effect(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// `f`'s value, recomputed when what it read changes; `f` is given its last value.
pub fn memo<T: PartialEq + Send + Sync + 'static>(f: impl Fn(Option<&T>) -> T + Send + Sync + 'static) -> Memo<T> {
    boxed_memo(Box::new(f))
}

#[allow(clippy::type_complexity)]
fn boxed_memo<T: PartialEq + Send + Sync + 'static>(f: Box<dyn Fn(Option<&T>) -> T + Send + Sync>) -> Memo<T> {
    Memo::new(f)
}

/// A value the widget's parts follow, held as long as the owner it was made under: Leptos's
/// `RwSignal` with its machinery in one copy for every type of value (a `Trigger` tells who
/// read it that it changed; the value sits beside it). `Copy`, so closures capture it freely.
/// Reading it while it is being changed (or changing it while it is read) panics, as with
/// Leptos's own signals.
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

    /// `f` of the value, unless its owner is gone; tracked: whoever reads it is told of changes.
    pub fn try_with<R>(self, f: impl FnOnce(&T) -> R) -> Option<R> {
        let node = self.node()?;
        node.trigger.track();
        let value = node.value.borrow();
        Some(f(&value))
    }

    /// `f` of the value, untracked, unless its owner is gone.
    pub fn try_with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> Option<R> {
        let node = self.node()?;
        let value = node.value.borrow();
        Some(f(&value))
    }

    /// `f` of the value, tracked. Panics once its owner is gone, as a disposed signal does.
    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.try_with(f).expect("a slot read after its owner ended")
    }

    /// `f` of the value, untracked.
    pub fn with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.try_with_untracked(f).expect("a slot read after its owner ended")
    }

    /// Tells whoever reads the value of a change to it (not once its owner is gone).
    pub fn track(self) {
        if let Some(node) = self.node() {
            node.trigger.track();
        }
    }

    /// Changes the value with `f`, and tells whoever read it; nothing once its owner is gone.
    pub fn try_update<R>(self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let node = self.node()?;
        let out = f(&mut node.value.borrow_mut());
        node.trigger.notify();
        Some(out)
    }

    /// Changes the value with `f` without telling anyone (for what no reader follows).
    pub fn try_update_untracked<R>(self, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        let node = self.node()?;
        let out = f(&mut node.value.borrow_mut());
        Some(out)
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

    pub fn try_with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> Option<R> {
        self.0.try_with_untracked(f)
    }

    pub fn track(self) {
        self.0.track()
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

/// Keeps `value` as long as the current owner lives: one arena type for every kept value.
fn keep(value: Rc<dyn Any>) -> StoredValue<Rc<dyn Any>, LocalStorage> {
    StoredValue::new_local(value)
}
