//! The token of a shared session (CONTRACT §10.1) as this frame's [`TokenSource`]: the token
//! the session's holder handed over (in memory), waited for when there is none yet; a 401 asks
//! the holder to renew, once for everyone, and waits for the newer token.

use std::cell::RefCell;
use std::rc::Rc;

use crm_core::auth::Token;
use crm_core::session::SharedToken;
use crm_core::WidgetError;
use futures::channel::oneshot;

use crate::auth::signin::SignInTokenSource;
use crate::platform::browser::now_ms;
use crate::ports::{LocalFuture, TokenSource};

type Waiter = (u64, oneshot::Sender<Result<Token, WidgetError>>);

pub struct SharedTokens {
    /// This frame's own sign-in, used while it holds the session.
    pub real: Rc<SignInTokenSource>,
    current: RefCell<Option<SharedToken>>,
    /// This frame's sign-in failed: requests fail with it until Retry ([`SharedTokens::clear`]).
    failed: RefCell<Option<WidgetError>>,
    /// Requests waiting for a token newer than the number they saw.
    waiting: RefCell<Vec<Waiter>>,
    /// Asks the session for a newer token than this one (the controller tells the peer).
    refused: Box<dyn Fn(&str)>,
}

impl SharedTokens {
    pub fn new(real: Rc<SignInTokenSource>, refused: impl Fn(&str) + 'static) -> SharedTokens {
        SharedTokens {
            real,
            current: RefCell::new(None),
            failed: RefCell::new(None),
            waiting: RefCell::new(Vec::new()),
            refused: Box::new(refused),
        }
    }

    /// The session's token now: requests that waited for it go on.
    pub fn set(&self, token: SharedToken) {
        self.failed.replace(None);
        let n = token.n;
        let value = Token::new(token.token.clone());
        self.current.replace(Some(token));
        let ready: Vec<Waiter> = {
            let mut waiting = self.waiting.borrow_mut();
            let (ready, rest) = waiting.drain(..).partition(|(seen, _)| n > *seen || *seen == 0);
            *waiting = rest;
            ready
        };
        for (_, tx) in ready {
            // A request given up meanwhile needs nothing.
            let _gone = tx.send(Ok(value.clone()));
        }
    }

    /// No token will come (this frame's sign-in failed): requests end with `error`, those
    /// waiting now and those to come, until [`SharedTokens::clear`].
    pub fn fail(&self, error: &WidgetError) {
        self.failed.replace(Some(error.clone()));
        for (_, tx) in self.waiting.borrow_mut().drain(..) {
            let _gone = tx.send(Err(error.clone()));
        }
    }

    /// Retry after a failed sign-in: requests wait for the next token again.
    pub fn clear(&self) {
        self.failed.replace(None);
    }

    /// Waits for a token newer than number `seen` (0: any), asking the session for one with
    /// `refused` (after the wait is in place: the answer may come at once).
    fn wait(&self, seen: u64, refused: Option<&str>) -> LocalFuture<'_, Result<Token, WidgetError>> {
        let (tx, rx) = oneshot::channel();
        self.waiting.borrow_mut().push((seen, tx));
        if let Some(token) = refused {
            (self.refused)(token);
        }
        Box::pin(async move { rx.await.unwrap_or(Err(WidgetError::Internal(crm_core::error::Fault::SignInCancelled))) })
    }
}

impl TokenSource for SharedTokens {
    fn token(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        if let Some(error) = self.failed.borrow().clone() {
            return Box::pin(async move { Err(error) });
        }
        let current = self.current.borrow().clone();
        match current {
            Some(t) if t.lives(now_ms()) => Box::pin(async move { Ok(Token::new(t.token)) }),
            // None yet, or known to be expired: the holder renews (no request goes out with it).
            Some(t) => self.wait(t.n, Some(&t.token)),
            None => self.wait(0, None),
        }
    }

    fn renew(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        if let Some(error) = self.failed.borrow().clone() {
            return Box::pin(async move { Err(error) });
        }
        let current = self.current.borrow().clone();
        match current {
            Some(t) => self.wait(t.n, Some(&t.token)),
            None => self.wait(0, None),
        }
    }

    fn accepted(&self) {
        self.real.accepted();
    }

    fn expires_at_ms(&self) -> Option<u64> {
        self.current.borrow().as_ref().and_then(|t| t.expires_ms)
    }
}
