"""The ``--user-dict`` file, checked and made readable for the segmenter.

jieba reads a user dictionary as UTF-8 by path. Ours may come in any encoding a text can
(GBK from an old Windows tool, UTF-16 from Notepad), and may be a directory or a device by
mistake: it is read here with a bound, decoded like any text, and handed on as a UTF-8
copy in the cache folder when it was not UTF-8 already.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from flashcards.encoding import decode
from flashcards.errors import InputError, mention
from flashcards.files import read_bounded, write_atomic

#: jieba's own dictionary is 5 MB; a user dictionary ten times that is a mistake.
MAX_USER_DICT_BYTES = 64 << 20


def prepare_user_dict(path: Path | None, option: str = "user_dict") -> Path | None:
    """A UTF-8 file with the words of ``path`` (``path`` itself when it is UTF-8 already).

    Raises InputError for a missing, non-regular, oversized or binary file. A build asks
    twice (a bad dictionary must fail before the slow part, the segmenter needs it after);
    the file is read once while it stays the same.
    """
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return _prepare(path, option)  # the read says what is wrong, in the usual words
    return _prepared(path, (info.st_ino, info.st_size, info.st_mtime_ns), option)


@lru_cache(maxsize=8)
def _prepared(path: Path, stamp: tuple[int, int, int], option: str) -> Path:
    return _prepare(path, option)


def _prepare(path: Path, option: str) -> Path:
    data = read_bounded(path, MAX_USER_DICT_BYTES, what=mention(option))
    try:
        data.decode("utf-8")
        return path
    except UnicodeDecodeError:
        pass
    try:
        text = decode(data)
    except InputError as e:
        raise InputError(f"{path}: {e.marked()} ({mention(option)})") from None
    from flashcards.cachedir import cache_dir

    copy = cache_dir() / f"user-dict-{hashlib.sha256(data).hexdigest()[:16]}.txt"
    if not copy.exists():
        write_atomic(copy, text.encode("utf-8"))
    return copy
