"""Reading and writing the wasm binary format's pieces, for scripts/minify-names.py and
scripts/wasm-ld: LEB128 integers, names, and the module's sections."""


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
