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


def test_cached_model_is_g2pms_checkpoint(tmp_path, monkeypatch) -> None:
    """The cached arrays are g2pM's (the projection: its embedding times its input weights,
    the batched product's rows up to float32 rounding), and a fresh cache holds the same
    arrays whatever BLAS threads the process runs."""
    import pickle

    import numpy as np

    state = pickle.loads(polyphone._g2pm_file("np_ckpt.pkl").read_bytes())
    model = polyphone._Model()
    w_ih = np.concatenate([state["lstm.weight_ih_l0"].T, state["lstm.weight_ih_l0_reverse"].T], axis=1)
    b = np.concatenate([state["lstm.bias_ih_l0"] + state["lstm.bias_hh_l0"],
                        state["lstm.bias_ih_l0_reverse"] + state["lstm.bias_hh_l0_reverse"]])
    ids = [model.char2idx[c] for c in "银行在哪里"]
    assert np.allclose(model.proj[ids], state["embedding.weight"][ids] @ w_ih + b, atol=1e-5)
    assert np.array_equal(model.w_hh, state["lstm.weight_hh_l0"].T)
    assert np.array_equal(model.fc1_b, state["logit_layer.2.bias"])
    assert len(model.polyphones) == 791 and "行" in model.polyphones
    monkeypatch.setenv("FLASHCARDS_CACHE_DIR", str(tmp_path))  # built afresh, then read back
    fresh, again = polyphone._Model(), polyphone._Model()
    for m in (fresh, again):
        assert np.array_equal(m.proj, model.proj) and m.class2idx == model.class2idx
