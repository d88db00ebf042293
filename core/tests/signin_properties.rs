//! Property tests of the Genesys sign-in and the Client App protocol: the verifier alphabet,
//! state encoding, the authorize URL, callback parsing on any input, the return's decision,
//! the region and `gcTargetEnv` check, and lifecycle message parsing.

use crm_core::auth::signin::{
    arrive, authorize_url, is_verifier, parse_callback, state, strip_callback, token_body, verifier, Arrival, Callback,
    Saved, SignInError, STATE_BYTES, VERIFIER_BYTES,
};
use crm_core::host::client_app::{Hook, RawHostEvent};
use crm_core::net::origin::Origin;
use crm_core::net::regions::{check_target_env, REGIONS};
use crm_core::net::BaseUrl;
use crm_core::util::text::{encode_component, query_pairs};
use proptest::prelude::*;

fn pairs_of(url: &str) -> Vec<(String, String)> {
    query_pairs(url.split_once('?').map_or("", |(_, q)| q))
}

fn get(pairs: &[(String, String)], key: &str) -> Option<String> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

proptest! {
    #[test]
    fn verifiers_are_always_in_the_rfc_7636_alphabet(bytes in prop::array::uniform32(any::<u8>()), tail in prop::array::uniform16(any::<u8>())) {
        let mut random = [0u8; VERIFIER_BYTES];
        random[..32].copy_from_slice(&bytes);
        random[32..].copy_from_slice(&tail);
        let v = verifier(&random);
        prop_assert_eq!(v.len(), 64);
        prop_assert!(is_verifier(&v));
    }

    #[test]
    fn states_are_url_safe_and_survive_any_number_of_decodings(bytes in prop::array::uniform24(any::<u8>()), now in any::<u64>()) {
        let s = state(&bytes, now);
        prop_assert_eq!(bytes.len(), STATE_BYTES);
        prop_assert_eq!(s.split_once('.').map(|(_, random)| random.len()), Some(32));
        prop_assert_eq!(encode_component(&s), s.clone());
        prop_assert_eq!(crm_core::util::text::decode_component(&s), s);
    }

    #[test]
    fn the_authorize_url_carries_exactly_its_inputs(client in ".{1,40}", redirect in "https://[a-z]{1,10}\\.example/[a-z/]{0,12}", challenge in "[A-Za-z0-9_-]{43}", st in "[A-Za-z0-9_-]{22,40}") {
        let base = BaseUrl::parse("https://login.mypurecloud.com").unwrap();
        let url = authorize_url(&base, &client, &redirect, &challenge, &st);
        prop_assert!(url.starts_with("https://login.mypurecloud.com/oauth/authorize?"));
        let pairs = pairs_of(&url);
        prop_assert_eq!(pairs.len(), 6);
        prop_assert_eq!(get(&pairs, "response_type"), Some("code".to_owned()));
        prop_assert_eq!(get(&pairs, "client_id"), Some(client));
        prop_assert_eq!(get(&pairs, "redirect_uri"), Some(redirect));
        prop_assert_eq!(get(&pairs, "code_challenge"), Some(challenge));
        prop_assert_eq!(get(&pairs, "code_challenge_method"), Some("S256".to_owned()));
        prop_assert_eq!(get(&pairs, "state"), Some(st));
    }

    #[test]
    fn the_token_body_carries_exactly_its_inputs(code in ".{1,60}", client in ".{1,20}", v in "[A-Za-z0-9._~-]{43,128}") {
        let body = token_body(&code, "https://w.example/crm/", &client, &v);
        let pairs = query_pairs(&body);
        prop_assert_eq!(pairs.len(), 5);
        prop_assert_eq!(get(&pairs, "grant_type"), Some("authorization_code".to_owned()));
        prop_assert_eq!(get(&pairs, "code"), Some(code));
        prop_assert_eq!(get(&pairs, "client_id"), Some(client));
        prop_assert_eq!(get(&pairs, "code_verifier"), Some(v));
    }

    #[test]
    fn callbacks_parse_any_query_and_round_trip_real_ones(junk in ".{0,80}", code in "[^\r\n]{1,40}", st in "[A-Za-z0-9_-]{1,40}") {
        let _never_panics = parse_callback(&junk);
        let _never_panics = strip_callback(&junk);
        let search = format!("?gcHostOrigin=x&code={}&state={}", encode_component(&code), encode_component(&st));
        prop_assert_eq!(parse_callback(&search), Some(Callback::Code { code, state: Some(st) }));
        prop_assert_eq!(strip_callback(&search), "?gcHostOrigin=x");
    }

    /// Whatever comes back, a code is exchanged only for a state this tab saved, and the
    /// verifier used is the one saved under it.
    #[test]
    fn only_a_saved_state_is_ever_exchanged(search in "\\?(code=[a-z0-9]{0,6}|state=[a-c]{0,2}|error=[a-z_]{0,8}|x=1|&){0,6}", saved_state in "[a-c]{1,2}", pending in any::<bool>()) {
        let entry = Saved { verifier: "v".repeat(64), query: "?gcHostOrigin=h".into(), unauthorized_at_ms: None };
        let plan = arrive(
            parse_callback(&search),
            |s| (s == saved_state).then(|| entry.clone()),
            pending.then(|| entry.clone()),
        );
        if let Arrival::Exchange { verifier, .. } = &plan.arrival {
            prop_assert_eq!(verifier, &entry.verifier);
            let returned = query_pairs(&search).into_iter().find(|(k, _)| k == "state").map(|(_, v)| v);
            prop_assert_eq!(returned, Some(saved_state.clone()));
        }
        // A page start changes nothing only when nothing came back and nothing was under way.
        prop_assert_eq!(plan.restore_query.is_none(), plan.arrival == Arrival::Fresh);
        if parse_callback(&search).is_none() && pending {
            prop_assert_eq!(plan.arrival, Arrival::Failed(SignInError::NoAnswer));
        }
    }

    #[test]
    fn saved_entries_round_trip(v in "[A-Za-z0-9._~-]{43,128}", query in "(\\?[a-zA-Z0-9=&%._-]{0,60})?", at in proptest::option::of(any::<u32>())) {
        let saved = Saved { verifier: v, query, unauthorized_at_ms: at.map(u64::from) };
        prop_assert_eq!(Saved::decode(&saved.encode()), Some(saved));
    }

    #[test]
    fn any_text_decodes_to_nothing_or_a_valid_entry(text in ".{0,200}") {
        if let Some(saved) = Saved::decode(&text) {
            prop_assert!(is_verifier(&saved.verifier));
        }
    }

    #[test]
    fn gc_target_env_must_name_the_hosts_region(index in 0..REGIONS.len(), env in "[a-z0-9-]{0,20}") {
        let region = &REGIONS[index];
        let host = Origin::parse(&format!("https://apps.{}", region.domain)).unwrap();
        // Checked where the region's name is verified; informational where it is not (EUSC).
        prop_assert_eq!(check_target_env(&host, Some(&env)).is_ok(), env == region.env || !region.env_verified);
        prop_assert!(check_target_env(&host, None).is_ok());
        // Any other host: informational.
        let other = Origin::parse(&format!("https://crm.{}", region.domain)).unwrap();
        prop_assert!(check_target_env(&other, Some(&env)).is_ok());
    }

    #[test]
    fn lifecycle_messages_are_one_of_four_hooks_or_nothing(kind in prop_oneof![Just("appLifecycleHook".to_owned()), ".{0,20}"], hook in prop_oneof![Just("bootstrap".to_owned()), Just("stop".to_owned()), ".{0,12}"]) {
        let raw = RawHostEvent { purecloud_event_type: Some(kind.clone()), hook: Some(hook.clone()) };
        let parsed = raw.hook();
        let expected = match (kind.as_str(), hook.as_str()) {
            ("appLifecycleHook", "bootstrap") => Some(Hook::Bootstrap),
            ("appLifecycleHook", "focus") => Some(Hook::Focus),
            ("appLifecycleHook", "blur") => Some(Hook::Blur),
            ("appLifecycleHook", "stop") => Some(Hook::Stop),
            _ => None,
        };
        prop_assert_eq!(parsed, expected);
    }
}
