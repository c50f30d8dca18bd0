"""The front of the pipeline, shared by build, analyze, study sets and preview:
files → documents → sentences → tokens, and the level lookups selection needs.

    >>> docs = read_inputs(["decks/texts/industrial_internet.txt"])  # doctest: +SKIP
    >>> tokenized = tokenize_documents(docs)                           # doctest: +SKIP

Everything after this (selection, notes, the package, the analysis) takes its tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from flashcards import hsk, lexicon
from flashcards.errors import InputError
from flashcards.sentences import document_sentences, each_document_sentence
from flashcards.source import Document, read_document
from flashcards.tokens import TokenizedSentence, tokenize, tokenize_each

__all__ = ["band_level", "each_input", "level_lookup", "read_inputs", "tokenize_documents"]


def band_level(level: int | None) -> int | None:
    """A user's level as the lists store it (``hsk.band``); None stays None."""
    return None if level is None else hsk.band(level)


def read_inputs(inputs: Sequence[str], input_format: str | None = None, force: bool = False) -> list[Document]:
    return list(each_input(inputs, input_format, force))


def each_input(inputs: Sequence[str], input_format: str | None = None, force: bool = False) -> Iterator[Document]:
    """``read_inputs`` one at a time: a document whose sentences are taken is let go (the
    sentences hold copies of its text, and a 20 MB file is 60 MB of bytes, text and passages)."""
    return (read_document(path, input_format, force) for path in inputs)


def tokenize_documents(
    documents: Iterable[Document], user_dict: Path | None = None, study: bool = True
) -> list[TokenizedSentence]:
    """Sentences and their words, in reading order. ``study``: transparent compounds (一个,
    坐在) come as their parts, the words a learner studies (``compounds.split_compounds``)."""
    from flashcards.userdict import prepare_user_dict

    if not study:
        sentences = document_sentences(documents)
        if not sentences:
            raise InputError("no sentences found in the input")
        return tokenize(sentences, prepare_user_dict(user_dict))
    from flashcards.compounds import study_splitter

    # Each sentence read, tokenized and split as it comes: a long text never holds all its
    # sentences as read (a 20 MB text's are 120 MB; TokenizedSentence keeps them smaller),
    # nor both versions of its tokens; each stored once, split (no encode, decode, encode).
    split = study_splitter()
    tokenized = list(tokenize_each(each_document_sentence(documents), prepare_user_dict(user_dict), split))
    if not tokenized:
        raise InputError("no sentences found in the input")
    return tokenized


def level_lookup(standard: str) -> Callable[[str], int | None]:
    return lambda word: lexicon.hsk_level(word, standard)
