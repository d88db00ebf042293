//! The Genesys Cloud host protocol (CONTRACT §8), as `purecloud-client-app-sdk` speaks it:
//! the envelope every message to the host carries, and the lifecycle hooks the host sends.
//! The shell checks `event.origin` and `event.source` first (with [`crate::host::handshake::accepts`]),
//! then posts what [`AppMessage::fields`] lists to exactly the host origin.

pub const PROTOCOL: &str = "purecloud-client-apps";
/// `protocolAgentName`: who speaks.
pub const AGENT_NAME: &str = "crm-widget";
pub const LIFECYCLE_EVENT: &str = "appLifecycleHook";

/// A lifecycle hook from the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hook {
    Bootstrap,
    Focus,
    Blur,
    Stop,
}

impl Hook {
    pub fn name(self) -> &'static str {
        match self {
            Hook::Bootstrap => "bootstrap",
            Hook::Focus => "focus",
            Hook::Blur => "blur",
            Hook::Stop => "stop",
        }
    }
}

/// Host → widget, as received. The SDK does not check `protocol` on what it receives, so
/// neither does this.
#[derive(Debug, Default)]
pub struct RawHostEvent {
    pub purecloud_event_type: Option<String>,
    pub hook: Option<String>,
}
crate::read!(RawHostEvent { purecloud_event_type: "purecloudEventType", hook: "hook" });

impl RawHostEvent {
    /// The lifecycle hook this is, or `None` for anything else.
    pub fn hook(&self) -> Option<Hook> {
        (self.purecloud_event_type.as_deref() == Some(LIFECYCLE_EVENT)).then_some(())?;
        Some(match self.hook.as_deref()? {
            "bootstrap" => Hook::Bootstrap,
            "focus" => Hook::Focus,
            "blur" => Hook::Blur,
            "stop" => Hook::Stop,
            _ => return None,
        })
    }
}

/// Widget → host.
#[derive(Debug, Clone, PartialEq)]
pub enum AppMessage {
    /// The answer to `bootstrap`.
    Bootstrapped,
    /// The answer to `stop`, once all work has stopped.
    Stopped,
    /// Open one of the agent's conversations in Genesys Cloud (a row was activated).
    ShowInteraction { conversation_id: String },
    /// Open an external contact's profile (a row's contact name was activated).
    ShowContact { contact_id: String },
    /// The badge on the widget's tab: new interactions while it was not in view (0 clears).
    SetAttentionCount { count: u32 },
}

/// A message field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field<'a> {
    Text(&'a str),
    Number(u32),
}

impl AppMessage {
    pub fn action(&self) -> &'static str {
        match self {
            AppMessage::Bootstrapped => "bootstrapped",
            AppMessage::Stopped => "stopped",
            AppMessage::ShowInteraction { .. } => "showMyInteractionDetails",
            AppMessage::ShowContact { .. } => "showExternalContactProfile",
            AppMessage::SetAttentionCount { .. } => "setAttentionCount",
        }
    }

    /// The whole message: the action's fields and the envelope, in the order the SDK sets
    /// them. `version` is `protocolAgentVersion`.
    pub fn fields<'a>(&'a self, version: &'a str) -> Vec<(&'static str, Field<'a>)> {
        let mut fields = vec![("action", Field::Text(self.action()))];
        match self {
            AppMessage::ShowInteraction { conversation_id } => {
                fields.push(("conversationId", Field::Text(conversation_id)))
            }
            AppMessage::ShowContact { contact_id } => fields.push(("contactId", Field::Text(contact_id))),
            AppMessage::SetAttentionCount { count } => fields.push(("count", Field::Number(*count))),
            AppMessage::Bootstrapped | AppMessage::Stopped => {}
        }
        fields.extend([
            ("protocol", Field::Text(PROTOCOL)),
            ("protocolAgentName", Field::Text(AGENT_NAME)),
            ("protocolAgentVersion", Field::Text(version)),
        ]);
        fields
    }
}

/// The tab's attention count (`setAttentionCount`): while the widget is not in view (after
/// `blur`), each new interaction adds one; `focus` clears it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attention {
    away: bool,
    unseen: u32,
}

impl Attention {
    /// The widget went out of view.
    pub fn blur(&mut self) {
        self.away = true;
    }

    /// Back in view: the count is cleared (the message to send, if there was one).
    pub fn focus(&mut self) -> Option<AppMessage> {
        self.away = false;
        (std::mem::take(&mut self.unseen) > 0).then_some(AppMessage::SetAttentionCount { count: 0 })
    }

    /// A new interaction arrived: counted while away (the message to send).
    pub fn arrived(&mut self) -> Option<AppMessage> {
        self.away.then(|| {
            self.unseen += 1;
            AppMessage::SetAttentionCount { count: self.unseen }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> RawHostEvent {
        crate::util::json::from_str(json).unwrap()
    }

    #[test]
    fn lifecycle_hooks_are_read() {
        for (name, hook) in
            [("bootstrap", Hook::Bootstrap), ("focus", Hook::Focus), ("blur", Hook::Blur), ("stop", Hook::Stop)]
        {
            let json = format!(
                r#"{{"purecloudEventType":"appLifecycleHook","hook":"{name}","protocol":"purecloud-client-apps"}}"#
            );
            assert_eq!(raw(&json).hook(), Some(hook));
            assert_eq!(hook.name(), name);
        }
        // Without `protocol` too, as the SDK accepts it.
        assert_eq!(raw(r#"{"purecloudEventType":"appLifecycleHook","hook":"stop"}"#).hook(), Some(Hook::Stop));
    }

    #[test]
    fn anything_else_is_not_a_hook() {
        assert_eq!(raw(r#"{"purecloudEventType":"appLifecycleHook","hook":"explode"}"#).hook(), None);
        assert_eq!(raw(r#"{"purecloudEventType":"appLifecycleHook"}"#).hook(), None);
        assert_eq!(raw(r#"{"purecloudEventType":"other","hook":"stop"}"#).hook(), None);
        assert_eq!(raw(r#"{"type":"appfoundry.token","jwt":"x"}"#).hook(), None);
        assert_eq!(raw("{}").hook(), None);
    }

    #[test]
    fn every_message_carries_the_envelope() {
        for (message, action) in [
            (AppMessage::Bootstrapped, "bootstrapped"),
            (AppMessage::Stopped, "stopped"),
            (AppMessage::ShowInteraction { conversation_id: "c-1".into() }, "showMyInteractionDetails"),
            (AppMessage::ShowContact { contact_id: "ec-1".into() }, "showExternalContactProfile"),
            (AppMessage::SetAttentionCount { count: 3 }, "setAttentionCount"),
        ] {
            let fields = message.fields("1.2.3");
            let get = |k: &str| {
                fields.iter().find(|(name, _)| *name == k).and_then(|(_, v)| match v {
                    Field::Text(t) => Some(*t),
                    Field::Number(_) => None,
                })
            };
            assert_eq!(get("action"), Some(action));
            assert_eq!(get("protocol"), Some("purecloud-client-apps"));
            assert_eq!(get("protocolAgentName"), Some("crm-widget"));
            assert_eq!(get("protocolAgentVersion"), Some("1.2.3"));
            match &message {
                AppMessage::ShowInteraction { .. } => assert_eq!(get("conversationId"), Some("c-1")),
                AppMessage::ShowContact { .. } => assert_eq!(get("contactId"), Some("ec-1")),
                AppMessage::SetAttentionCount { .. } => {
                    assert!(fields.contains(&("count", Field::Number(3))), "a number, as the SDK sends it")
                }
                _ => assert_eq!(fields.len(), 4),
            }
        }
    }

    #[test]
    fn the_attention_count_grows_while_away_and_focus_clears_it() {
        let mut a = Attention::default();
        assert_eq!(a.arrived(), None, "in view: nothing to count");
        a.blur();
        assert_eq!(a.arrived(), Some(AppMessage::SetAttentionCount { count: 1 }));
        assert_eq!(a.arrived(), Some(AppMessage::SetAttentionCount { count: 2 }));
        assert_eq!(a.focus(), Some(AppMessage::SetAttentionCount { count: 0 }));
        assert_eq!(a.focus(), None, "nothing to clear");
        assert_eq!(a.arrived(), None);
    }
}
