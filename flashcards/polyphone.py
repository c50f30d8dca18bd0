"""The g2pM polyphone model: which reading a character takes in its sentence.

g2pM (Park & Lee 2020, kakaobrain; Apache-2.0) is a one-layer bidirectional LSTM over the
characters of a sentence, trained on the CPP corpus; its weights ship inside the ``g2pM``
package as numpy arrays. Its own ``G2pM.__call__`` runs one sentence at a time in float64
and picks among all 876 syllables; here the same weights run a padded *batch* of sentences
in float32, and each character picks only among the readings the caller allows (those of
its word in CC-CEDICT), so the model can never invent a reading the dictionary lacks.

Nothing loads at import: numpy and the weights (about 1 MB) load on the first
:func:`choose` that has a character the model knows.

    >>> [{k: r for k, (r, p) in d.items()} for d in choose([("银行在哪里", {1: ("hang2", "xing2")})])]
    [{1: 'hang2'}]
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from flashcards import datacache

__all__ = ["choose", "polyphonic"]

_BOS, _EOS, _UNK = "시", "끝", "<UNK>"  # the model's own sentence markers
_lock = threading.Lock()

#: One sentence to decide: its text, and for each character offset the readings allowed there.
Request = tuple[str, Mapping[int, Sequence[str]]]


#: Bump when what ``_build`` derives from g2pM's files changes.
_CACHE_VERSION = 2
#: The weights used as they are (``_build`` derives the input projection from the others).
_KEPT = ("lstm.weight_hh_l0", "lstm.weight_hh_l0_reverse", "logit_layer.0.weight", "logit_layer.0.bias",
         "logit_layer.2.weight", "logit_layer.2.bias")


def _g2pm_file(name: str) -> Path:
    return Path(str(resources.files("g2pM").joinpath(name)))


def _unpickle(data: bytes):
    return pickle.loads(data)  # the g2pM package's own files, nothing user-supplied


def _build(data: bytes) -> tuple[tuple, list[bytes]]:
    """From g2pM's checkpoint (``data``) and its index files: the character and class
    indexes, the polyphonic characters, and the arrays ``_Model`` uses, as raw float32.

    The input projections of both directions, [dim, 2 * 4 * hidden], are applied once to
    every character the model knows (5,398 x 256 floats, 5 MB): a sentence's projections
    are then rows picked out, not a product over every padded slot of every batch (which
    was 80% of the model's time on a small build); a row no longer depends on which batch
    its sentence fell in either. It is computed in float64 by einsum's own loop, not BLAS:
    a float32 BLAS product rounds differently with the number of BLAS threads, and the
    cache should not depend on the machine that built it.
    """
    import numpy as np

    state = _unpickle(data)
    f32 = lambda key: np.asarray(state[key], dtype=np.float32)  # noqa: E731
    w_ih = np.concatenate([f32("lstm.weight_ih_l0").T, f32("lstm.weight_ih_l0_reverse").T], axis=1)
    b = np.concatenate(
        [f32("lstm.bias_ih_l0") + f32("lstm.bias_hh_l0"),
         f32("lstm.bias_ih_l0_reverse") + f32("lstm.bias_hh_l0_reverse")]
    )
    product = np.einsum("ij,jk->ik", f32("embedding.weight").astype(np.float64), w_ih.astype(np.float64), optimize=False)
    arrays = [(product + b).astype(np.float32), *(f32(key) for key in _KEPT)]
    cedict: dict[str, list[str]] = _unpickle(_g2pm_file("digest_cedict.pkl").read_bytes())
    meta = (
        _unpickle(_g2pm_file("char2idx.pkl").read_bytes()),
        _unpickle(_g2pm_file("class2idx.pkl").read_bytes()),
        sorted(c for c, prons in cedict.items() if len(prons) > 1),
        [a.shape for a in arrays],
    )
    return meta, [np.ascontiguousarray(a).tobytes() for a in arrays]


class _Model:
    def __init__(self) -> None:
        if "numpy" not in sys.modules:
            # The products here are tiny: BLAS threads cost more to start (and fight over a
            # busy machine's cores) than they save. Only when numpy is not loaded yet and
            # the user has not chosen.
            os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        import numpy as np

        # Cached (the pickles took 15 ms a process, the projection 5 ms); rebuilt when any
        # of g2pM's files changes.
        also = [_g2pm_file(n) for n in ("char2idx.pkl", "class2idx.pkl", "digest_cedict.pkl")]
        meta, blobs = datacache.load_mapped("g2pm", _g2pm_file("np_ckpt.pkl"), _CACHE_VERSION, _build, also)
        char2idx, class2idx, polyphones, shapes = meta
        proj, w_hh, w_hh_rev, fc0, fc0_b, fc1, fc1_b = (
            np.frombuffer(blob, dtype=np.float32).reshape(shape) for blob, shape in zip(blobs, shapes)
        )
        self.np = np
        self.char2idx: dict[str, int] = char2idx
        self.class2idx: dict[str, int] = class2idx
        self.polyphones = frozenset(polyphones)
        self.proj = proj
        self.w_hh, self.w_hh_rev = w_hh.T, w_hh_rev.T
        self.fc0, self.fc0_b = fc0.T, fc0_b
        self.fc1, self.fc1_b = fc1.T, fc1_b

    def ids(self, text: str) -> list[int]:
        unk = self.char2idx[_UNK]
        return [self.char2idx[_BOS], *(self.char2idx.get(c, unk) for c in text), self.char2idx[_EOS]]

    def hidden(self, texts: Sequence[str]):
        """BiLSTM states for every character of each text: [batch, 2 + max len, 2 * hidden]."""
        np = self.np
        rows = [self.ids(t) for t in texts]
        n, width = len(rows), max(len(r) for r in rows)
        ids = np.zeros((n, width), dtype=np.int64)  # 0 = the model's padding id
        for k, r in enumerate(rows):
            ids[k, : len(r)] = r
        lengths = np.array([len(r) for r in rows])
        mask = (np.arange(width)[None, :] < lengths[:, None]).astype(np.float32)[:, :, None]
        x = self.proj[ids]  # [n, width, 8h]
        h4 = self.w_hh.shape[1]
        fwd = self._run(x[:, :, :h4], self.w_hh, range(width), None)
        # Backward: padding sits at the right end, so a masked state stays zero until
        # the last real character, where each sentence's backward pass starts.
        bwd = self._run(x[:, :, h4:], self.w_hh_rev, range(width - 1, -1, -1), mask)
        return np.concatenate([fwd, bwd], axis=2)

    def _run(self, x, w_hh, steps, mask):
        np = self.np
        n, width, h4 = x.shape
        size = h4 // 4
        h = np.zeros((n, size), dtype=np.float32)
        c = np.zeros_like(h)
        out = np.zeros((n, width, size), dtype=np.float32)
        for t in steps:
            gates = x[:, t] + h @ w_hh
            i, f, g, o = (gates[:, k * size : (k + 1) * size] for k in range(4))  # PyTorch order
            i, f, o = (1 / (1 + np.exp(-v)) for v in (i, f, o))
            c_new = f * c + i * np.tanh(g)
            h_new = o * np.tanh(c_new)
            if mask is not None:
                m = mask[:, t]
                c_new, h_new = c_new * m, h_new * m
            h, c = h_new, c_new
            out[:, t] = h
        return out

    def logits(self, states):
        np = self.np
        return np.maximum(states @ self.fc0 + self.fc0_b, 0) @ self.fc1 + self.fc1_b


@lru_cache(maxsize=1)
def _model() -> _Model:
    with _lock:
        return _Model()


@lru_cache(maxsize=1)
def polyphonic() -> frozenset[str]:
    """Characters the model was trained to read (g2pM's polyphone list, 791 characters)."""
    return _model().polyphones


def _label(syllable: str) -> str:
    return syllable.replace("ü", "u:")


_BATCH = 256  # sentences per forward pass: enough to amortise numpy's per-call cost
#: ...and at most this many character slots (sentences x the longest, padded): a pass's
#: arrays take ~1 kB per slot, and a batch of long sentences took 40 MB, most of a small
#: build's peak memory.
_SLOTS = 8192


def _batches(wanted: Sequence[int], requests: Sequence[Request]) -> list[list[int]]:
    """``wanted`` (sorted by length) cut into forward passes within both limits."""
    out: list[list[int]] = [[]]
    for k in wanted:
        width = len(requests[k][0]) + 2  # BOS, EOS
        if out[-1] and (len(out[-1]) >= _BATCH or (len(out[-1]) + 1) * width > _SLOTS):
            out.append([])
        out[-1].append(k)
    return out


def choose(requests: Sequence[Request]) -> list[dict[int, tuple[str, float]]]:
    """For each (text, {offset: allowed readings}), the reading the model prefers at each
    offset and its probability among the allowed ones.

    Offsets whose character the model does not know, or where fewer than two allowed
    readings are among its classes, are left out of the answer: the caller keeps its
    own choice there. Readings are numbered syllables as :mod:`flashcards.pinyin` spells
    them (``lü4``); the one returned is one of those allowed, spelt as given.
    """
    out: list[dict[int, tuple[str, float]]] = [{} for _ in requests]
    todo: list[tuple[int, int, list[str], list[int]]] = []  # request, offset, readings, class ids
    model = None
    for k, (text, allowed) in enumerate(requests):
        for offset, readings in allowed.items():
            model = model or _model()
            if text[offset] not in model.polyphones:
                continue
            known = [r for r in dict.fromkeys(readings) if _label(r.lower()) in model.class2idx]
            if len(known) >= 2:
                todo.append((k, offset, known, [model.class2idx[_label(r.lower())] for r in known]))
    if not todo or model is None:
        return out
    # Similar lengths share a batch, so little of it is padding.
    wanted = sorted({k for k, *_ in todo}, key=lambda k: len(requests[k][0]))
    for chunk in _batches(wanted, requests):
        row = {k: j for j, k in enumerate(chunk)}
        states = model.hidden([requests[k][0] for k in chunk])
        jobs = [job for job in todo if job[0] in row]  # todo is short: a few per sentence
        picked = states[[row[k] for k, *_ in jobs], [offset + 1 for _, offset, *_ in jobs]]  # +1: BOS
        scores = model.logits(picked)
        for (k, offset, known, classes), s in zip(jobs, scores):
            z = s[classes] - s[classes].max()
            p = model.np.exp(z) / model.np.exp(z).sum()
            best = int(p.argmax())
            out[k][offset] = (known[best], float(p[best]))
    return out
