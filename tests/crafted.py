"""Crafted token-stage output for tests where segmentation must not play a part."""

from flashcards.sentences import Sentence
from flashcards.tokens import TokenizedSentence


def sentences(*token_lists: str) -> list[TokenizedSentence]:
    """Each argument is one sentence, its tokens separated by spaces."""
    return [
        TokenizedSentence(Sentence("".join(t.split()), "test", i), tuple(t.split()))
        for i, t in enumerate(token_lists)
    ]
