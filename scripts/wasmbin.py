"""Reading and writing the wasm binary format's pieces, for scripts/minify-names.py,
scripts/wasm-ld and scripts/start-compiles: LEB128 integers, names, and the module's sections;
and the shipped wasm's last `wasm-opt` rounds (scripts/trunk-post-build, scripts/start-compiles)."""
import subprocess


def uleb(data, at):
    """The unsigned LEB128 integer at `at`, and where it ends."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def enc_uleb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | 0x80 if value else byte)
        if not value:
            return bytes(out)


def name_at(data, at):
    """The UTF-8 name (a LEB128 length, then its bytes) at `at`, and where it ends."""
    length, at = uleb(data, at)
    return data[at : at + length].decode("utf-8"), at + length


def enc_name(name):
    raw = name.encode("utf-8")
    return enc_uleb(len(raw)) + raw


def import_desc_end(data, at):
    """Where the import descriptor at `at` (its kind, then what that kind has) ends."""
    kind = data[at]
    at += 1
    if kind == 0:  # function: type index
        return uleb(data, at)[1]
    if kind == 1:  # table: reftype, limits
        at += 1
        flags, at = uleb(data, at)
        at = uleb(data, at)[1]
        return uleb(data, at)[1] if flags & 1 else at
    if kind == 2:  # memory: limits
        flags, at = uleb(data, at)
        at = uleb(data, at)[1]
        return uleb(data, at)[1] if flags & 1 else at
    if kind == 3:  # global: valtype, mutability
        return at + 2
    if kind == 4:  # tag
        return uleb(data, at + 1)[1]
    raise ValueError(f"unknown import kind {kind}")


def sections(data):
    """Each section as (kind, start, body, end): its id's offset, its contents' and its end."""
    if data[:8] != b"\0asm\x01\0\0\0":
        raise ValueError("not a wasm module")
    at = 8
    while at < len(data):
        kind = data[at]
        size, body = uleb(data, at + 1)
        yield kind, at, body, body + size
        at = body + size


# The features of the wasm as built (wasm-bindgen's output uses multi-value returns).
FEATURES = ("multivalue", "bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types")


def optimise(wasm_opt, wasm, debug=False):
    """The release build's `wasm-opt` rounds after the renaming, on `wasm` in place. Each part
    measured (docs/performance-log.md, "Bundle size: how it got here"):
    - `-Oz` again: the shorter names let it fold more;
    - `--flatten --rereloop -Oz`: the control flow taken apart and built again, then shrunk;
      it changes the shape of the code, not what it does;
    - `--low-memory-unused`: a constant offset folds into its load or store. It assumes that no
      address below 1 KiB is used. Rust's wasm puts the 1 MiB stack first, growing down from
      1 MiB, and the data after it, so only a stack almost 1 MiB deep would reach there, and
      none of the widget's is;
    - each round is that, then `-Oz` once more on its output; rounds repeat while the wasm still
      shrinks (two or three). The first round is always kept; a later one only if the raw file
      is smaller (raw, not brotli: the same input gives the same choice).
    `debug` keeps the function names (`-g`), for scripts/start-compiles; the code is the same.
    A failed wasm-opt raises."""
    flags = ["--enable-" + f for f in FEATURES] + ["--low-memory-unused"] + (["-g"] if debug else [])
    best = None
    for _round in range(3):
        subprocess.run([wasm_opt, *flags, "-Oz", "--flatten", "--rereloop", "-Oz", str(wasm), "-o", str(wasm)], check=True)
        subprocess.run([wasm_opt, *flags, "-Oz", str(wasm), "-o", str(wasm)], check=True)
        now = wasm.read_bytes()
        if best is not None and len(now) >= len(best):
            wasm.write_bytes(best)
            return
        best = now
