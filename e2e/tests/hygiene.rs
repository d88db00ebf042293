//! Without a browser: the end-to-end code reads the widget through its test hooks (roles, ids,
//! `aria-*`, `data-*`), never through its styling classes, so renaming a class cannot break a
//! test that is not about style (STYLE rule 8).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

/// Where `text`'s code (comments left out) reads a styling class: a `.crm…` class selector, or
/// `className`/`classList`.
fn class_uses(text: &str) -> Vec<String> {
    // Built from parts, so that this file does not find itself.
    let selector = format!(".{}", "crm");
    let reads = [format!("class{}", "Name"), format!("class{}", "List")];
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with("//")) {
        let mut rest = line;
        while let Some(at) = rest.find(&selector) {
            let after = rest[at + selector.len()..].chars().next();
            // `.crm-row`, `.crm__viewport`, and the root's `.crm` ending a selector.
            if after.is_none_or(|c| "-_'\"` [:,.>)".contains(c)) {
                found.push(format!("line {}: {}", n + 1, line.trim()));
                break;
            }
            rest = &rest[at + selector.len()..];
        }
        if reads.iter().any(|r| line.contains(r.as_str())) {
            found.push(format!("line {}: {}", n + 1, line.trim()));
        }
    }
    found
}

#[test]
fn no_test_or_harness_code_reads_a_styling_class() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut wrong = Vec::new();
    for dir in ["tests", "src"] {
        for file in sources(&root.join(dir)) {
            let text = std::fs::read_to_string(&file).expect("a source file");
            for hit in class_uses(&text) {
                wrong.push(format!("{}: {hit}", file.strip_prefix(root).unwrap_or(&file).display()));
            }
        }
    }
    assert!(wrong.is_empty(), "use the page object or a data-*/aria-*/role hook instead:\n{}", wrong.join("\n"));
}

#[test]
fn class_selectors_are_found() {
    let dot = ".";
    assert_eq!(class_uses(&format!("q('{dot}crm-row__name')")).len(), 1);
    assert_eq!(class_uses(&format!("q('{dot}crm__viewport')")).len(), 1);
    assert_eq!(class_uses(&format!("e.class{}.split(' ')", "Name")).len(), 1);
    assert_eq!(class_uses(&format!("q('{dot}crm [data-list]')")).len(), 1);
    assert!(class_uses("use crm_e2e::{e2e, Widget}; q('[data-part=name]'); x.crmish").is_empty());
    assert!(class_uses(&format!("// once read by q('{dot}crm-row')")).is_empty(), "comments may name classes");
}
