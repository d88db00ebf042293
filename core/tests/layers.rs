//! The layers show in the tree, and this keeps them so (in the spirit of rust-analyzer's tidy
//! tests): every `crate::` path in the code of `core/src` and of the widget's `src/` (comments
//! and `#[cfg(test)] mod tests` left out) is read, each file is given its folder's layer, and
//!
//! - no file imports from a higher layer;
//! - no import circle exists between files, in `core/src` or in `src/` (the dev server has its
//!   own check, `devserver/tests/layers.rs`).
//!
//! The layers are written down in `core/src/lib.rs`, `src/lib.rs` and ARCHITECTURE.md.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// `core/src`'s folders (and root files) by layer, lowest first.
const CORE: &[(&str, u8)] = &[
    ("util", 0),
    ("i18n", 0),
    ("model", 1),
    ("net", 1),
    ("host", 2),
    ("auth", 2),
    ("startup", 2),
    ("source", 3),
    ("live", 3),
    ("session", 4),
    ("error", 4),
    ("diagnostics", 4),
    ("view", 5),
    ("testing", 6),
    ("lib", 7),
];

/// The widget's `src/` folders (and root files) by layer.
const WIDGET: &[(&str, u8)] = &[
    ("platform", 0),
    ("ports", 1),
    ("state", 1),
    ("fetch", 2),
    ("auth", 2),
    ("host", 2),
    ("live", 3),
    ("session", 4),
    ("components", 5),
    ("app", 6),
    ("lib", 7),
    ("main", 8),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file: without its unit tests and without comments (doc links name modules
/// that are not imports).
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string (a URL) is not a comment; close enough for our sources.
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Module path of a file, relative to `src`: `source/genesys/mod.rs` → `source::genesys`.
fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(root).unwrap();
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Every `crate::a::b::…` path the code names: its segments.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let before_ok = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric() && rest.as_bytes()[at - 1] != b'_';
        let path: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        let segments: Vec<String> = path.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
        if before_ok && !segments.is_empty() {
            out.push(segments);
        }
        rest = after;
    }
    // `use crate::{a, b::c}` groups.
    let mut rest = code;
    while let Some(at) = rest.find("use crate::{") {
        let after = &rest[at + "use crate::{".len()..];
        let group = &after[..after.find("};").unwrap_or(after.len())];
        for item in group.split(',') {
            let path: Vec<String> = item
                .trim()
                .split("::")
                .map(|s| s.trim_matches(|c: char| !c.is_alphanumeric() && c != '_').to_owned())
                .collect();
            if !path.is_empty() && !path[0].is_empty() {
                out.push(path);
            }
        }
        rest = after;
    }
    out
}

struct Tree {
    name: &'static str,
    layers: &'static [(&'static str, u8)],
    /// Files by module path.
    files: BTreeMap<Vec<String>, String>,
}

impl Tree {
    fn read(name: &'static str, root: &Path, layers: &'static [(&'static str, u8)]) -> Tree {
        let mut paths = Vec::new();
        rust_files(root, &mut paths);
        let files = paths.iter().map(|p| (module_of(root, p), code(&std::fs::read_to_string(p).unwrap()))).collect();
        Tree { name, layers, files }
    }

    fn layer(&self, module: &[String]) -> u8 {
        let top = module.first().map_or("lib", String::as_str);
        self.layers
            .iter()
            .find(|(name, _)| *name == top)
            .map(|(_, layer)| *layer)
            .unwrap_or_else(|| panic!("{}: `{top}` has no layer: add it to the table in this test", self.name))
    }

    /// The file a `crate::` path lands in: the longest module prefix that is a file.
    fn target(&self, path: &[String]) -> Option<Vec<String>> {
        (1..=path.len()).rev().map(|n| path[..n].to_vec()).find(|m| self.files.contains_key(m))
    }

    /// Every import as (from file, to file).
    fn edges(&self) -> BTreeSet<(Vec<String>, Vec<String>)> {
        let mut edges = BTreeSet::new();
        for (module, code) in &self.files {
            for path in crate_paths(code) {
                if let Some(to) = self.target(&path).filter(|to| to != module) {
                    edges.insert((module.clone(), to));
                }
            }
        }
        edges
    }

    /// Imports that point up.
    fn upward(&self) -> Vec<String> {
        self.edges()
            .into_iter()
            .filter(|(from, to)| self.layer(to) > self.layer(from))
            .map(|(from, to)| {
                format!(
                    "{}: {} (layer {}) imports {} (layer {})",
                    self.name,
                    from.join("/"),
                    self.layer(&from),
                    to.join("/"),
                    self.layer(&to)
                )
            })
            .collect()
    }

    /// Import circles between files (strongly connected components of more than one file).
    fn circles(&self) -> Vec<Vec<String>> {
        let edges = self.edges();
        let nodes: Vec<Vec<String>> = self.files.keys().cloned().collect();
        let index = |m: &Vec<String>| nodes.iter().position(|n| n == m).unwrap();
        let mut next: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        for (from, to) in &edges {
            next[index(from)].push(index(to));
        }
        // Kosaraju: reachability both ways.
        let reach = |start: usize, next: &[Vec<usize>]| {
            let mut seen = vec![false; nodes.len()];
            let mut stack = vec![start];
            while let Some(n) = stack.pop() {
                for &m in &next[n] {
                    if !seen[m] {
                        seen[m] = true;
                        stack.push(m);
                    }
                }
            }
            seen
        };
        let mut circles: Vec<Vec<String>> = Vec::new();
        let mut placed = vec![false; nodes.len()];
        for n in 0..nodes.len() {
            if placed[n] {
                continue;
            }
            let from_n = reach(n, &next);
            if !from_n[n] {
                continue;
            }
            let circle: Vec<usize> = (0..nodes.len()).filter(|m| from_n[*m] && reach(*m, &next)[n]).collect();
            for m in &circle {
                placed[*m] = true;
            }
            circles.push(circle.iter().map(|m| nodes[*m].join("/")).collect());
        }
        circles
    }
}

fn trees() -> [Tree; 2] {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    [Tree::read("core/src", &here.join("src"), CORE), Tree::read("src", &here.join("../src"), WIDGET)]
}

#[test]
fn no_import_points_up() {
    let upward: Vec<String> = trees().iter().flat_map(Tree::upward).collect();
    assert!(upward.is_empty(), "imports that point up:\n{}", upward.join("\n"));
}

#[test]
fn no_import_circle() {
    for tree in trees() {
        let circles = tree.circles();
        assert!(circles.is_empty(), "{}: import circles: {circles:?}", tree.name);
    }
}

#[test]
fn the_check_sees_imports_and_would_fail() {
    // The reader finds single paths, groups and nested paths, and not comments.
    let paths = crate_paths(&code("use crate::model::{Interaction, Kind};\nuse crate::{net::http, util};\n// crate::view\nlet x = crate::source::loader::Step::Done;"));
    let tops: BTreeSet<&str> = paths.iter().map(|p| p[0].as_str()).collect();
    assert_eq!(tops, BTreeSet::from(["model", "net", "util", "source"]));
    // An upward import is caught: model (layer 1) importing view (layer 5).
    let mut tree = Tree { name: "made up", layers: CORE, files: BTreeMap::new() };
    tree.files.insert(vec!["model".into()], "use crate::view::rows::RowStore;".into());
    tree.files.insert(vec!["view".into(), "rows".into()], "use crate::model::Interaction;".into());
    assert_eq!(tree.upward().len(), 1);
    assert_eq!(tree.circles(), vec![vec!["model".to_owned(), "view/rows".to_owned()]]);
}
