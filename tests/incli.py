"""Run the ``flashcards`` command in this process, answered like ``subprocess.run``.

``cli.main`` is what the console script runs (``cli.entry`` exits with its code). In the test process the dictionaries and
models load once per worker instead of once per call, which is most of a small build.
Python warnings raised during the run are printed to its stderr, as ``PYTHONWARNINGS=default``
would print them in a fresh process, so "one line on stderr" still means one line.
Tests of the real process (its start-up, jieba's chatter) keep a subprocess.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path | str | None = None, stdin: str | bytes = b"", env: dict[str, str] | None = None) -> Ran:
    """``flashcards ARGS`` with ``stdin`` as its input, in ``cwd``, with ``env`` added to the environment."""
    from flashcards.cli import main

    out, err = io.StringIO(), io.StringIO()
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    saved_env = {name: os.environ.get(name) for name in env or {}}
    saved_cwd, saved_stdin = os.getcwd(), sys.stdin
    try:
        os.environ.update(env or {})
        if cwd is not None:
            os.chdir(cwd)
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        with warnings.catch_warnings(record=True) as warned, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            warnings.simplefilter("default")
            code = main([str(a) for a in args])
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    for w in warned:
        err.write(warnings.formatwarning(w.message, w.category, w.filename, w.lineno))
    return Ran(code, out.getvalue(), err.getvalue())
