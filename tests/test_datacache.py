"""The disk cache of parsed data: fresh or rebuilt, mapped without copying, never half-written."""

from __future__ import annotations

import bisect
import mmap
from pathlib import Path

import pytest

from flashcards import datacache
from flashcards.datacache import SortedKeys, uints


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FLASHCARDS_CACHE_DIR", str(folder))
    return folder


def _builder(calls: list[bytes]):
    def build(data: bytes) -> tuple[dict, list[bytes]]:
        calls.append(data)
        words = sorted(data.decode().split())
        return {"n": len(words)}, [*SortedKeys.pack(words), bytes(range(7)), b""]

    return build


def test_mapped_round_trip_then_hit(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("银行 行 银行卡 abc")
    calls: list[bytes] = []
    first = datacache.load_mapped("m", source, 1, _builder(calls))
    second = datacache.load_mapped("m", source, 1, _builder(calls))
    assert len(calls) == 1  # the second call mapped the cache file
    for meta, (blob, offsets, odd, empty) in (first, second):
        assert meta == {"n": 4}
        keys = SortedKeys(blob, offsets)
        assert [keys.key(i) for i in range(len(keys))] == ["abc", "行", "银行", "银行卡"]
        assert keys.find("银行") == 2 and keys.find("银") == -1 and keys.starts_with("银")
        assert bytes(odd) == bytes(range(7)) and bytes(empty) == b""  # any length, unaligned too
        assert memoryview(odd).readonly
    assert all(isinstance(b, mmap.mmap) for b in second[1][:3])  # mapped, not read into the heap


def test_sparse_blobs_slice_like_mapped_ones_and_survive_a_rebuild(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("银行 行 银行卡 abc")
    calls: list[bytes] = []
    _, mapped = datacache.load_mapped("m", source, 1, _builder(calls))
    _, blobs = datacache.load_mapped("m", source, 1, _builder(calls), sparse=(0, 2, 3))
    assert not isinstance(blobs[0], mmap.mmap) and isinstance(blobs[1], mmap.mmap)
    whole = bytes(mapped[0])
    for a, b in [(0, 3), (3, 6), (2, len(whole)), (5, 5), (0, 99), (-3, None)]:
        assert blobs[0][a:b] == whole[a:b]
    assert len(blobs[0]) == len(whole) and blobs[2][1:4] == bytes(range(1, 4)) and bytes(blobs[3]) == b""
    keys = SortedKeys(blobs[0], blobs[1])
    assert keys.find("银行卡") == 3 and keys.key(0) == "abc"  # binary search works over it too
    source.write_text("x y")  # a rebuild replaces the file: the open blob still reads the old one
    datacache.load_mapped("m", source, 1, _builder(calls))
    assert len(calls) == 2 and blobs[0][0:3] == b"abc"


def test_mapped_corrupt_or_truncated_is_rebuilt(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("a b c")
    calls: list[bytes] = []
    datacache.load_mapped("m", source, 1, _builder(calls))
    (cached,) = cache.glob("m-v1-*.marshal")
    full = cached.read_bytes()
    for broken in (full[: len(full) - 3], b"\x00garbage", b""):
        cached.write_bytes(broken)
        meta, blobs = datacache.load_mapped("m", source, 1, _builder(calls))
        assert meta == {"n": 3} and SortedKeys(blobs[0], blobs[1]).find("c") == 2
    assert len(calls) == 4
    assert cached.read_bytes() == full  # rewritten whole


def test_mapped_stale_replaced_and_extra_sources_count(cache: Path, tmp_path: Path) -> None:
    source, version = tmp_path / "words.txt", tmp_path / "version.txt"
    source.write_text("a b")
    version.write_text("1")
    calls: list[bytes] = []
    datacache.load_mapped("m", source, 1, _builder(calls), also=[version])
    datacache.load_mapped("m", source, 1, _builder(calls), also=[version])
    assert len(calls) == 1
    version.write_text("2")  # only the extra file changed (say, a new pypinyin release)
    datacache.load_mapped("m", source, 1, _builder(calls), also=[version])
    assert len(calls) == 2
    datacache.load_mapped("m", source, 2, _builder(calls), also=[version])  # a new layout version
    assert len(calls) == 3
    assert len(list(cache.glob("m-v*.marshal"))) == 1  # stale ones are gone
    assert not list(cache.glob("*.tmp"))


def test_mapped_unwritable_cache_still_answers(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "words.txt"
    source.write_text("a b")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only cache directory")

    monkeypatch.setattr(datacache.tempfile, "mkstemp", refuse)
    calls: list[bytes] = []
    for _ in range(2):
        meta, blobs = datacache.load_mapped("m", source, 1, _builder(calls))
        assert meta == {"n": 2} and SortedKeys(blobs[0], blobs[1]).find("b") == 1
    assert len(calls) == 2 and not list(cache.glob("m-*"))


def test_plain_load_extra_sources_count(cache: Path, tmp_path: Path) -> None:
    main, extra = tmp_path / "main.txt", tmp_path / "version.txt"
    main.write_text("a")
    extra.write_text("1")
    calls: list[bytes] = []

    def build(data: bytes) -> str:
        calls.append(data)
        return data.decode() + extra.read_text()

    assert datacache.load("t", main, 1, build, also=[extra]) == "a1"
    assert datacache.load("t", main, 1, build, also=[extra]) == "a1"
    extra.write_text("2")
    assert datacache.load("t", main, 1, build, also=[extra]) == "a2"
    assert len(calls) == 2


def test_uints_read_what_array_wrote() -> None:
    from array import array

    raw = array("I", [0, 7, 2**32 - 1]).tobytes()
    assert list(uints(raw)) == [0, 7, 2**32 - 1]
    assert list(uints(memoryview(raw))[1:]) == [7, 2**32 - 1]


def test_starts_with_finds_prefixes_only() -> None:
    keys = SortedKeys(*SortedKeys.pack(sorted(["银行", "银行卡", "行"])))
    assert [keys.starts_with(p) for p in ("银", "银行", "银行卡", "银行卡号", "卡", "行", "")] == [
        True, True, True, False, False, True, True,
    ]


@pytest.mark.parametrize("n", [0, 1, 2, 63, 64, 65, 127, 128, 129, 1000])
def test_lower_bound_agrees_with_bisect_across_fence_edges(n: int) -> None:
    # Keys every third number apart, so probes fall on, between, before and after keys,
    # on both sides of each fence post (one key in 64).
    keys = [f"{3 * i:05d}".encode() for i in range(n)]
    sorted_keys = SortedKeys(*SortedKeys.pack([k.decode() for k in keys]))
    probes = [f"{i:05d}".encode() for i in range(3 * n + 2)] + [b"", b"\xff"]
    for want in probes:
        assert sorted_keys._lower_bound(want) == bisect.bisect_left(keys, want), want
    assert [sorted_keys.find(k.decode()) for k in keys] == list(range(n))


def test_source_digest_remembered_until_the_file_changes(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    source = tmp_path / "words.txt"
    source.write_text("银行 行")
    old = source.stat().st_mtime - 60
    os.utime(source, (old, old))  # settled: its digest may be remembered
    reads: list[str] = []
    real_open = open

    def counting_open(path, *args, **kwargs):
        if str(path) == str(source):
            reads.append("read")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", counting_open)
    first = datacache._digest(source)
    monkeypatch.setattr(datacache, "_digests_from", None)  # as a new process: read from disk
    assert datacache._digest(source) == first and reads == ["read"]
    source.write_text("银行 行 卡")  # a new size and mtime: hashed again, a new digest
    assert datacache._digest(source) != first and reads == ["read", "read"]
    fresh = source.stat().st_mtime
    assert datacache._digest(source) and len(reads) == 3  # just modified: not remembered
    assert fresh > old


@pytest.mark.parametrize("text, start", [("中国人民银行", 0), ("xyz", 0), ("银行卡", 1)])
def test_probe_is_find_and_has_longer(text: str, start: int) -> None:
    keys = SortedKeys(*SortedKeys.pack(sorted(["中国", "中国人", "中国人民银行", "人民", "银行", "行"])))
    for stop in range(start + 1, len(text) + 1):
        piece = text[start:stop]
        assert keys.probe(piece) == (keys.find(piece), keys.has_longer(piece))
