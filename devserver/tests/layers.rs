//! The dev server's modules are layered (see `src/lib.rs`): plain data, helpers over it,
//! handlers that never use each other, the router, and the crate root. This reads every
//! `crate::…` path in `src/` (imports and inline paths alike, comments left out) and fails on
//! an import circle, a module that reaches a layer above its own, or a handler that uses
//! another handler.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each module's layer; a module may use its own layer (except handlers) and those below.
const LAYERS: &[(&str, u8)] = &[
    ("clock", 0),
    ("data", 0),
    ("scenario", 0),
    ("state", 0),
    ("tokens", 1),
    ("responses", 1),
    ("faults", 1),
    ("conversations", 1),
    ("reset", 1),
    ("dev_config", 1),
    ("contract_api", 2),
    ("genesys", 2),
    ("notifications", 2),
    ("control", 2),
    ("login", 2),
    ("host", 2),
    ("widget", 2),
    ("router", 3),
];
const HANDLERS: u8 = 2;

/// The modules that `code` names through `crate::` (`crate::a::b`, `crate::{a, b::c}`).
fn crate_paths(code: &str) -> BTreeSet<String> {
    let ident = |s: &str| s.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    let mut names = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level items of the group: split on commas outside nested braces.
            let (mut depth, mut start) = (0usize, 0usize);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        names.insert(ident(&group[start..i]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        names.insert(ident(&group[start..i]));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            names.insert(ident(rest));
        }
    }
    names.remove("");
    names
}

fn without_comments(source: &str) -> String {
    source.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut edges = BTreeMap::new();
    for entry in std::fs::read_dir(&src).expect("src/ is readable") {
        let path = entry.expect("an entry").path();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        if path.extension().is_none_or(|e| e != "rs") || name == "lib" || name == "main" {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a source file");
        let mut used = crate_paths(&without_comments(&source));
        used.remove(&name);
        edges.insert(name, used);
    }
    edges
}

fn layer(module: &str) -> u8 {
    LAYERS
        .iter()
        .find(|(m, _)| *m == module)
        .map(|(_, l)| *l)
        .unwrap_or_else(|| panic!("{module} has no layer in tests/layers.rs: add it"))
}

#[test]
fn every_module_has_a_layer_and_uses_only_its_own_or_lower_ones() {
    let edges = edges();
    let mut wrong = Vec::new();
    for (module, used) in &edges {
        for other in used {
            if !edges.contains_key(other) {
                wrong.push(format!(
                    "{module} uses crate::{other}, which is not a module (the crate root is above every module)"
                ));
            } else if layer(other) > layer(module) {
                wrong.push(format!("{module} (layer {}) uses {other} (layer {})", layer(module), layer(other)));
            } else if layer(module) == HANDLERS && layer(other) == HANDLERS {
                wrong.push(format!("handler {module} uses handler {other}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let edges = edges();
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit<'a>(
        m: &'a str,
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| *p == m) {
            let mut circle: Vec<String> = path[at..].iter().map(|s| s.to_string()).collect();
            circle.push(m.to_owned());
            return Some(circle);
        }
        if !done.insert(m) {
            return None;
        }
        path.push(m);
        for next in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for m in edges.keys() {
        if let Some(circle) = visit(m, &edges, &mut Vec::new(), &mut done) {
            panic!("import circle: {}", circle.join(" → "));
        }
    }
}

#[test]
fn paths_are_read_in_groups_and_inline() {
    let code = "use crate::{a, b::{c, d}, e as f};\nlet x = crate::g::h(crate::i);";
    let names: Vec<String> = crate_paths(code).into_iter().collect();
    assert_eq!(names, ["a", "b", "e", "g", "i"]);
}
