"""rjieba must give jieba's tokens exactly: jieba is the reference for every case here."""

import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards import cutter
from flashcards.cutter import Cutter, jieba_tokenizer

TEXTS = sorted((Path(__file__).resolve().parents[1] / "decks" / "texts").glob("*.txt"))
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def reference():
    return jieba_tokenizer()


@pytest.fixture(scope="module")
def fast():
    c = Cutter()
    assert c.engine == "rjieba"
    return c


def generated_text(chars: int, seed: int = 16) -> str:
    """Many distinct words: jieba dictionary words, random hanzi (unknown runs for the HMM),
    Latin, digits, symbols, rare CJK, whitespace, in random sentences."""
    rng = random.Random(seed)
    dict_path = Path(cutter.import_jieba().__file__).parent / "dict.txt"
    words = [line.split(" ", 1)[0] for line in dict_path.read_text(encoding="utf-8").splitlines()]
    extras = ["COVID-19", "C++", "AT&T", "e-mail", "50%", "3.5", "iPhone", "a_b", "#1", "㐀㐁", "鿖", "丽",
              "𠀀", " ", "\n", "\r\n", "\t", "  ", "·", "—", "2024年"]
    punct = "，。！？；：、“”（）《》…"
    out: list[str] = []
    size = 0
    while size < chars:
        r = rng.random()
        if r < 0.70:
            piece = rng.choice(words)
        elif r < 0.85:
            piece = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 4)))
        elif r < 0.93:
            piece = rng.choice(punct)
        else:
            piece = rng.choice(extras)
        out.append(piece)
        size += len(piece)
    return "".join(out)


@pytest.mark.parametrize("hmm", [True, False])
@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_sample_corpus_identical(path, hmm, fast, reference):
    text = path.read_text(encoding="utf-8")
    assert fast.cut(text, hmm) == reference.lcut(text, HMM=hmm)


@pytest.mark.parametrize("hmm", [True, False])
def test_generated_megabyte_identical(hmm, fast, reference):
    text = generated_text(340_000)  # ~1 MB of UTF-8
    assert len(text.encode("utf-8")) > 900_000
    expected = reference.lcut(text, HMM=hmm)
    got = fast.cut(text, hmm)
    assert len(set(expected)) > 50_000  # many distinct words, not one sample repeated
    assert got == expected


_ALPHABET = st.sampled_from(
    list("我们的区块链数字货币很长路他说是一个人打篮球")
    + list("abcXYZ019+#&._%-!\"$'()*,/:;<=>?@[\\]^`{|}~")
    + list(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000，。！？“”…—·")
    + ["Ａ", "１", "％", "ｱ", "あ", "한", "㐀", "鿖", "丽", "𠀀", "😀", "C++", "AT&T", "c#", "B超", "3.5", "iPhone", "卡拉OK", "\r\n"]
)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(_ALPHABET, max_size=30).map("".join), hmm=st.booleans())
def test_any_text_identical(text, hmm, fast, reference):
    assert fast.cut(text, hmm) == reference.lcut(text, HMM=hmm)


USER_DICT = (
    "\ufeff链圈人士 10 n\n"      # new word, frequency and tag
    "区块链技术\n"               # new word, no frequency: jieba suggests one
    "数字货币 n\n"               # tag only
    "工业互联网 20000\n"         # new word, high frequency
    "我们 5\n"                   # an existing word re-weighted (jieba's total keeps both counts)
    "很长 3000\n"                # makes an HMM word a dictionary word
    "\n"
    "长路漫漫 80 i\n"
    "链圈人士 400\n"             # the same word again
    "新 词 7\n"                  # a word with a space: jieba's pattern keeps it whole
    "平台化\n"
)


def user_text() -> str:
    lines = ["他是链圈人士，研究区块链技术和数字货币。", "我们的工业互联网平台化很长，长路漫漫。", "新 词也在这里。"]
    return "\n".join(lines * 5) + "\n" + "\n".join(p.read_text(encoding="utf-8") for p in TEXTS) + generated_text(30_000, 3)


@pytest.mark.parametrize("hmm", [True, False])
def test_user_dictionary_identical(tmp_path, hmm):
    path = tmp_path / "user.txt"
    path.write_text(USER_DICT, encoding="utf-8")
    fast = Cutter(path)
    assert fast.engine == "rjieba"
    reference = jieba_tokenizer(path)
    text = user_text()
    expected = reference.lcut(text, HMM=hmm)
    assert "链圈人士" in expected and "区块链技术" in expected  # the dictionary matters here
    assert fast.cut(text, hmm) == expected
    assert fast.user_words >= {"链圈人士", "区块链技术", "数字货币", "新 词"}


def test_user_dictionary_zero_frequency_uses_jieba(tmp_path):
    # Frequency 0 tells jieba's HMM to split the word: jieba-rs has no such thing.
    path = tmp_path / "user.txt"
    path.write_text("很长 0\n链圈人士 10\n", encoding="utf-8")
    fast = Cutter(path)
    assert fast.engine == "jieba"
    text = user_text()
    assert fast.cut(text, True) == jieba_tokenizer(path).lcut(text)


def test_user_dictionary_not_utf8(tmp_path):
    path = tmp_path / "user.txt"
    path.write_bytes("链圈人士 10\n".encode("gb18030"))
    from flashcards.errors import InputError

    with pytest.raises(InputError, match="UTF-8"):
        Cutter(path)


def test_without_rjieba_jieba_cuts_and_says_so(tmp_path):
    code = (
        "import sys; sys.modules['rjieba'] = None\n"  # makes `import rjieba` fail
        "from flashcards.segment import segmenter\n"
        "from flashcards.cutter import jieba_tokenizer\n"
        "s = segmenter(); print(s._cutter.engine)\n"
        "t = '区块链与数字货币的分水岭。这条路很长。'\n"
        "print(s._cutter.cut(t, True) == jieba_tokenizer().lcut(t))\n"
        "segmenter(None).words(t)\n"
    )
    env = {"PYTHONPATH": str(ROOT), "FLASHCARDS_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["jieba", "True"]
    assert result.stderr.splitlines() == [cutter.FALLBACK_NOTE]
