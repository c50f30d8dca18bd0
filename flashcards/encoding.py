"""Bytes → text: detect the encoding of a Chinese text without asking the user.

Order of evidence: a byte-order mark; a UTF-16 NUL pattern; strict UTF-8; then the legacy
Chinese encodings (GB18030, Big5), judged by how many of the decoded characters are
common hanzi. Big5 bytes almost always *decode* as GB18030 too (into rare characters), so
"it decodes" proves nothing; commonness of the result does.
"""

from __future__ import annotations

import codecs
import re
import threading

from flashcards.errors import InputError
from flashcards.hanzi import HANZI as _HANZI

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# GB18030 is a superset of GB2312 and GBK: a file labelled either decodes correctly as GB18030.
_LEGACY = ("gb18030", "big5hkscs")

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
        utf16 = _plausible_utf16(data)
        if utf16 is None:
            raise InputError("looks like a binary file, not text")
        return _clean(data.decode(utf16, errors="replace"))
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    utf16 = _plausible_utf16(data)
    if utf16 is not None:
        return _clean(data.decode(utf16, errors="replace"))
    label = _legacy_name(declared)
    if label:
        try:
            return _clean(data.decode(label))
        except UnicodeDecodeError:
            pass
    mixed = _by_line(data)
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


def _lenient_utf8(line: bytes) -> str | None:
    """``line`` as UTF-8 when UTF-8 explains nearly all of it (a few stray bytes, such as a
    Windows-1252 quote pasted into UTF-8 text), else None.

    A legacy-encoded line read as UTF-8 breaks at nearly every hanzi; UTF-8 with stray
    bytes decodes most of its characters. Stray bytes 0x80-0x9F become the Windows-1252
    characters they almost always are (curly quotes, dashes), others U+FFFD.
    """
    _strays.count, _strays.limit = 0, max(1, len(line) // 16)
    try:
        text = line.decode("utf-8", errors=_STRAY)
    except _TooBroken:
        return None
    broken = _strays.count
    good = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    return text if good >= 4 * broken else None


class _TooBroken(Exception):
    """Raised from the error handler: so many bad bytes that this is not UTF-8."""


_strays = threading.local()


def _cp1252_stray(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler counting stray bytes: 0x80-0x9F as its Windows-1252 character
    (curly quotes, dashes, ellipsis), any other as U+FFFD."""
    assert isinstance(error, UnicodeDecodeError)
    _strays.count += 1
    if _strays.count > _strays.limit:
        raise _TooBroken
    byte = error.object[error.start]
    if 0x80 <= byte <= 0x9F:
        try:
            return bytes([byte]).decode("cp1252"), error.start + 1
        except UnicodeDecodeError:
            pass
    return "\ufffd", error.start + 1


_STRAY = "flashcards-cp1252-stray"
codecs.register_error(_STRAY, _cp1252_stray)


def _by_line(data: bytes) -> str | None:
    """Text whose lines are not all in one encoding, decided line by line; None when every
    line with non-ASCII bytes is in a legacy encoding (then the whole file is guessed).

    * A UTF-8 file with some lines in a legacy encoding (a GBK paragraph pasted in), or with
      a few stray bytes: UTF-8 lines stay UTF-8, nearly-UTF-8 lines are read leniently, the
      rest are decoded together by the same best guess as a whole legacy file.
    * A legacy file with the odd UTF-8 line: when legacy lines are the majority, a line
      that is valid UTF-8 keeps its UTF-8 reading only if that reads as more common Chinese
      than its legacy reading (a GB18030 line can happen to be valid UTF-8, into nonsense).
    """
    lines = data.split(b"\n")
    decoded: list[str | None] = []
    utf8 = legacy = 0
    for line in lines:
        if line.isascii():
            decoded.append(line.decode("ascii"))
            continue
        try:
            text: str | None = line.decode("utf-8")
        except UnicodeDecodeError:
            text = _lenient_utf8(line)
        decoded.append(text)
        if text is None:
            legacy += 1
        else:
            utf8 += 1
    if not utf8:
        return None
    if not legacy:
        return "\n".join(t for t in decoded if t is not None)
    broken = [line for line, text in zip(lines, decoded) if text is None]
    codec, guessed_text = _best_guess_codec(b"\n".join(broken))
    guessed = iter(guessed_text.split("\n"))
    out = []
    for line, text in zip(lines, decoded):
        if text is None:
            out.append(next(guessed, ""))
        elif legacy >= utf8 and not line.isascii() and codec is not None:
            other = line.decode(codec, errors="replace")
            out.append(text if _commonness(text) >= _commonness(other) else other)
        else:
            out.append(text)
    return "\n".join(out)


def _best_guess(data: bytes) -> str:
    return _best_guess_codec(data)[1]


def _best_guess_codec(data: bytes) -> tuple[str | None, str]:
    """The best legacy reading of ``data`` and its codec (None: lenient UTF-8 won)."""
    candidates: list[tuple[float, str, str | None]] = []
    for name in _LEGACY:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_commonness(text), text, name))
    # Mostly-UTF-8 text with a few broken bytes: keep it, with replacement characters, scored
    # down by its share of broken characters. (A legacy file read as UTF-8 breaks at nearly
    # every hanzi, far beyond the 5% allowed; a legacy decoding of UTF-8 gives rare hanzi.)
    loose = data.decode("utf-8", errors="replace")
    broken = loose.count("\ufffd")
    if broken <= max(1, len(loose) // 20):
        candidates.append((_commonness(loose) - 2 * broken / len(loose) - 0.01, loose, None))
    if not candidates:
        # Nothing decodes cleanly: fall back to GB18030 with replacements (never fails).
        return "gb18030", data.decode("gb18030", errors="replace")
    # Stable max: on a tie the earlier candidate (GB18030) wins.
    best = max(candidates, key=lambda c: c[0])
    return best[2], best[1]


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


#: What Chinese text is made of: CJK ideographs and punctuation, full-width forms, ASCII.
#: A pattern compiled on first use (re caches it): only bytes that are not UTF-8 get that
#: far, and compiling it cost every build 8 ms.
_TEXTLIKE = (
    r"[\t\n\r\x20-\x7e\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
    r"\u2010-\u206f\u00a0-\u00ff]"
)


def _plausible_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM and with few or no ASCII characters (so no tell-tale NULs):
    the codec under which the start reads as Chinese text of common characters, or None.

    Asked only of bytes that are not UTF-8: pairs of ASCII letters read as UTF-16 land in
    the CJK block too, but they are valid UTF-8 and never get here.
    """
    if len(data) % 2 or len(data) < 4:
        return None
    sample = data[:8192]
    for codec in ("utf-16-le", "utf-16-be"):
        text = sample.decode(codec, errors="replace")
        if not text or text.count("\ufffd") > 1:  # a pair cut at the sample's end
            continue
        textlike = len(re.findall(_TEXTLIKE, text))
        if textlike >= 0.97 * len(text) and _HANZI.search(text) and _commonness(text) >= 0.8:
            return codec
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
