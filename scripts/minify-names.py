#!/usr/bin/env python3
"""Shortens the names on the wasm ↔ JS boundary of a release build (SIZE-LEVERS.md lever 5).

wasm-bindgen names every import `__wbg_<name>_<16 hex digits>`, under the module
"./crm-widget_bg.js", and exports keep their Rust names (`wasm_bindgen__convert__closures_…`).
Each name stands in the wasm and again in the JS glue, and the hex part hardly compresses. This
renames the glue's own module to `a`, its imports and every export to short names (`a`, `b`, …
`ba`…), in both files. Other import modules (snippets) keep their names: their fields are
their own export names.

It checks that the glue has none of `wasm-streams`' JS classes (`IntoUnderlyingSource`, …),
which the shipped build's linker leaves out (scripts/wasm-ld).

Usage: minify-names.py WASM GLUE  (both rewritten in place; the glue must not be minified yet)
It fails, changing nothing, when a name it renames does not appear where it expects it, or when
the glue still has the classes.
"""
import re
import sys

from wasmbin import enc_name, enc_uleb, import_desc_end, name_at, sections, uleb

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def short(n):
    """The n-th short name: a…Z, then aa…ZZ, and so on (bijective base 52)."""
    out = ""
    n += 1
    while n > 0:
        n -= 1
        out = ALPHABET[n % len(ALPHABET)] + out
        n //= len(ALPHABET)
    return out


def names():
    n = 0
    while True:
        yield short(n)
        n += 1


def check_no_stream_classes(glue):
    """The shipped link leaves out wasm-streams' classes (scripts/wasm-ld): fail if it did not."""
    if re.search(r"(?i)intounderlying", glue):
        sys.exit(
            "minify-names: the glue still has wasm-streams' classes: build the release with scripts/release, "
            "whose linker (scripts/wasm-ld) leaves them out; a plain `trunk build --release` does not"
        )


def main(wasm_path, glue_path, module="./crm-widget_bg.js"):
    data = open(wasm_path, "rb").read()
    glue = open(glue_path, encoding="utf-8").read()
    check_no_stream_classes(glue)
    fresh = names()
    imports, exports = {}, {}
    out = bytearray(data[:8])
    for kind, start, body, end in sections(data):
        if kind == 2:
            count, at = uleb(data, body)
            entries = bytearray(enc_uleb(count))
            for _ in range(count):
                mod, at = name_at(data, at)
                field, at = name_at(data, at)
                desc_end = import_desc_end(data, at)
                desc = data[at:desc_end]
                at = desc_end
                if mod == module:
                    field = imports.setdefault(field, next(fresh))
                    mod = "a"
                entries += enc_name(mod) + enc_name(field) + desc
            out += bytes([2]) + enc_uleb(len(entries)) + entries
        elif kind == 7:
            count, at = uleb(data, body)
            entries = bytearray(enc_uleb(count))
            for _ in range(count):
                name, at = name_at(data, at)
                index_end = uleb(data, at + 1)[1]
                rest = data[at:index_end]
                at = index_end
                new = exports.setdefault(name, next(fresh))
                entries += enc_name(new) + rest
            out += bytes([7]) + enc_uleb(len(entries)) + entries
        else:
            out += data[start:end]
    # The glue: the import object's keys, its module, and every `wasm.<export>`.
    for old, new in imports.items():
        glue, n = re.subn(r"(?m)^(\s+)" + re.escape(old) + r"(\s*:)", r"\g<1>" + new + r"\g<2>", glue)
        if n != 1:
            sys.exit(f"minify-names: the import {old} is defined {n} times in the glue, expected 1")
    glue, n = re.subn(r"(['\"])" + re.escape(module) + r"\1(\s*:)", r"a\2", glue)
    if n != 1:
        sys.exit(f"minify-names: the import module {module} is named {n} times in the glue, expected 1")
    for old, new in exports.items():
        glue = re.sub(r"\bwasm\." + re.escape(old) + r"\b", "wasm." + new, glue)
    # The glue's own functions may share an export's name (terser renames those); an export
    # reached any other way than `wasm.<name>` (a string, `wasm[...]`) would break.
    left = [e for e in exports if re.search(r"['\"\[]" + re.escape(e) + r"['\"\]]", glue)]
    if left:
        sys.exit(f"minify-names: exports named as strings in the glue: {left[:5]}")
    open(wasm_path, "wb").write(bytes(out))
    open(glue_path, "w", encoding="utf-8").write(glue)
    print(f"minify-names: {len(imports)} imports and {len(exports)} exports renamed")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
