"""Running a user's own program (a TTS engine, a translator): never through a shell.

One home for what both command engines need: start it, feed it stdin, collect its output,
and kill it when we are cancelled, so it never outlives the request it was serving. The
callers turn the two failures into their own stage's errors.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path


class ProgramMissing(Exception):
    """The program cannot be started at all (not found, not executable)."""


class ProgramFailed(Exception):
    """This run failed: an argument that cannot be passed, or a non-zero exit."""


async def run_program(argv: list[str], stdin: bytes | None, *, what: str, cwd: Path | None = None) -> bytes:
    """``argv``'s standard output. ``what`` names the program in messages ("audio command").

    >>> asyncio.run(run_program(["echo", "你好"], None, what="test command"))
    b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd\\n'
    """
    program = Path(argv[0]).name
    try:
        process = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            cwd=cwd,
        )
    except FileNotFoundError as exc:
        raise ProgramMissing(f"{what} not found: {argv[0]}") from exc
    except PermissionError as exc:
        raise ProgramMissing(f"{what} cannot be run: {argv[0]}") from exc
    except ValueError as exc:  # a NUL byte in the text cannot go into argv
        raise ProgramFailed(f"the text cannot be passed as an argument ({exc})") from exc
    try:
        out, err = await process.communicate(stdin)
    except BaseException:
        # Timeout or Ctrl-C: the program must not outlive the request it was serving.
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            # Reap it now, while the loop runs; a second Ctrl-C must not stop the first.
            with contextlib.suppress(BaseException):
                await process.wait()
        raise
    if process.returncode != 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise ProgramFailed(f"{program} exited with status {process.returncode}: {detail[0][:200]}")
    return out
