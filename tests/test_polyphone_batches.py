"""Forward passes of the polyphone model stay within their memory bound."""

from __future__ import annotations

import pytest

from flashcards import polyphone


@pytest.mark.parametrize("lengths", [[5] * 600, [3, 10, 40, 200, 200, 900], [1], list(range(1, 400, 7))])
def test_batches_bound_slots_and_keep_every_request_once(lengths: list[int]) -> None:
    requests = [("字" * n, {}) for n in lengths]
    wanted = sorted(range(len(requests)), key=lambda k: lengths[k])
    batches = polyphone._batches(wanted, requests)
    assert [k for b in batches for k in b] == wanted
    for b in batches:
        assert b and len(b) <= polyphone._BATCH
        widest = max(lengths[k] for k in b) + 2
        assert len(b) == 1 or len(b) * widest <= polyphone._SLOTS  # one over-long sentence goes alone
