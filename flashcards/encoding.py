"""Bytes → text: detect the encoding of a Chinese text without asking the user.

Order of evidence: a byte-order mark; a UTF-16 NUL pattern; strict UTF-8; then the legacy
Chinese encodings (GB18030, Big5), judged by how many of the decoded characters are
common hanzi. Big5 bytes almost always *decode* as GB18030 too (into rare characters), so
"it decodes" proves nothing; commonness of the result does.
"""

from __future__ import annotations

import codecs
import re

from flashcards.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# GB18030 is a superset of GB2312 and GBK: a file labelled either decodes correctly as GB18030.
_LEGACY = ("gb18030", "big5hkscs")

_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text, or raise InputError if it is not text at all.

    ``declared`` is the charset a file names for itself (an HTML ``<meta charset>``). It is
    evidence, not proof: pages re-saved by an editor keep a stale label, so bytes that are
    valid UTF-8 are read as UTF-8 whatever the label says, and a label the bytes do not
    decode under strictly is ignored.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _clean(data[len(bom):].decode(name, errors="replace"))
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        if len(_CONTROL.findall(text)) > len(text) // 20:
            raise InputError("looks like a binary file, not text")
        return _clean(text)
    if _looks_binary(data):
        raise InputError("looks like a binary file, not text")
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    label = _legacy_name(declared)
    if label:
        try:
            return _clean(data.decode(label))
        except UnicodeDecodeError:
            pass
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return _clean(mixed)
    return _clean(_best_guess(data))


def _legacy_name(declared: str | None) -> str | None:
    """The codec to try for a declared charset: GB2312/GBK labels read as GB18030, Big5 as
    Big5-HKSCS (both supersets); None for UTF-8 (already tried) and unknown labels."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared.strip().strip("'\"")).name
    except (LookupError, ValueError):
        return None
    if name in ("gb2312", "gbk", "gb18030", "cp936", "hz"):
        return "gb18030"
    if name in ("big5", "big5hkscs", "cp950"):
        return "big5hkscs"
    if name.startswith("utf"):
        return None
    return name


def _mixed_utf8(data: bytes) -> str | None:
    """A UTF-8 file with some lines in a legacy encoding (a GBK paragraph pasted in).

    Taken as UTF-8 line by line only if most lines with non-ASCII bytes are valid UTF-8:
    a GB18030 file has the odd line that happens to be valid UTF-8, never most of them.
    The other lines are decoded together, by the same best guess as a whole legacy file.
    """
    lines = data.split(b"\n")
    decoded: list[str | None] = []
    valid = invalid = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(None)
            invalid += 1
            continue
        decoded.append(text)
        valid += not line.isascii()
    if not invalid or valid <= invalid:
        return None
    broken = [line for line, text in zip(lines, decoded) if text is None]
    guessed = iter(_best_guess(b"\n".join(broken)).split("\n"))
    out = [text if text is not None else next(guessed, "") for text in decoded]
    return "\n".join(out)


def _best_guess(data: bytes) -> str:
    candidates: list[tuple[float, str]] = []
    for name in _LEGACY:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_commonness(text), text))
    # Mostly-UTF-8 text with a few broken bytes: keep it, with replacement characters, scored
    # down by its share of broken characters. (A legacy file read as UTF-8 breaks at nearly
    # every hanzi, far beyond the 5% allowed; a legacy decoding of UTF-8 gives rare hanzi.)
    loose = data.decode("utf-8", errors="replace")
    broken = loose.count("\ufffd")
    if broken <= max(1, len(loose) // 20):
        candidates.append((_commonness(loose) - 2 * broken / len(loose) - 0.01, loose))
    if not candidates:
        # Nothing decodes cleanly: fall back to GB18030 with replacements (never fails).
        return data.decode("gb18030", errors="replace")
    # Stable max: on a tie the earlier candidate (GB18030) wins.
    return max(candidates, key=lambda c: c[0])[1]


def _commonness(text: str) -> float:
    """Share of the text's hanzi that are common characters (simplified or traditional)."""
    hanzi = _HANZI.findall(text[:20000])
    if not hanzi:
        return 0.0
    from flashcards import lexicon

    common = lexicon.common_characters()  # cached there
    return sum(1 for h in hanzi if h in common) / len(hanzi)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte for ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return sample.count(0) > len(sample) // 100 or controls > len(sample) // 20


def _clean(text: str) -> str:
    """Drop NULs and other control characters; normalise newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)
