"""Reading and writing files safely: the one home for how the tool touches the file system.

* :func:`os_message` — an ``OSError`` as a few words for a one-line error.
* :func:`read_bounded` / :func:`open_regular` — read only regular files (or stdin where a
  command allows it), never more than a limit: ``/dev/zero``, a FIFO or a directory given
  where a file is expected is refused at once instead of read forever.
* :func:`check_output` — refuse, before any work, an output that would destroy something:
  an input of the same run, an existing device or FIFO, a folder nothing can be written in,
  a name too long for the temporary names beside it.
* :func:`write_atomic` / :func:`staging` — write through temporary files in the target's
  folder and rename over the target, so a failure or Ctrl-C leaves the previous file (or
  nothing), never half of one; ``staging`` lands several files together or none.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from flashcards.errors import FlashcardsError, InputError, OutputError

#: File names longer than this (in bytes) are refused: temporary files beside an output
#: add a dot, the process id, a random token and a suffix, and stay within NAME_MAX (255).
MAX_NAME_BYTES = 200

_MESSAGES = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EROFS: "read-only file system",
    errno.ENOSPC: "no space left on device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EISDIR: "is a directory",
    errno.ENOTDIR: "a part of the path is not a directory",
    errno.ENAMETOOLONG: "file name too long",
    errno.ELOOP: "too many symbolic links",
    errno.EIO: "input/output error",
    errno.ENXIO: "no such device",
    errno.EEXIST: "already exists",
    errno.EXDEV: "cannot rename across file systems",
    errno.EMFILE: "too many open files",
    errno.EFBIG: "file too large",
}


def os_message(e: OSError) -> str:
    """A few words for ``e``: 'permission denied', 'no space left on device'."""
    return _MESSAGES.get(e.errno or 0) or e.strerror or type(e).__name__


# -- reading ---------------------------------------------------------------------------------


def open_regular(path: Path, limit: int, *, what: str = "", error: type[FlashcardsError] = InputError) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file of at most ``limit`` bytes.

    Opened without blocking (a FIFO with no writer would hang the open itself) and checked
    on the open descriptor, so what is checked is what is read. ``what`` names the option
    in messages, marked with ``errors.mention`` when it is an option.
    """
    suffix = f" ({what})" if what else ""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"{path}: no such file{suffix}") from None
    except OSError as e:
        raise error(f"{path}: cannot read: {os_message(e)}{suffix}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path}: is a directory, not a file{suffix}")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path}: not a regular file (a device, pipe or socket){suffix}")
        if info.st_size > limit:
            raise error(f"{path}: file too large ({_size(info.st_size)}; limit {_size(limit)}){suffix}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(
    path: Path | str,
    limit: int,
    *,
    allow_stdin: bool = False,
    what: str = "",
    error: type[FlashcardsError] = InputError,
) -> bytes:
    """The bytes of a regular file (or of stdin for ``"-"`` when allowed), at most ``limit``."""
    if allow_stdin and str(path) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise error(f"stdin: input too large (limit {_size(limit)})")
        return data
    path = Path(path)
    with open_regular(path, limit, what=what, error=error) as f:
        try:
            data = f.read(limit + 1)
        except OSError as e:
            raise error(f"{path}: cannot read: {os_message(e)}") from None
    if len(data) > limit:  # it grew while we read
        raise error(f"{path}: file too large (limit {_size(limit)})")
    return data


def _size(n: int) -> str:
    return f"{n >> 20} MB" if n >= 1 << 20 else f"{n >> 10} KB" if n >= 1 << 10 else f"{n} bytes"


# -- outputs ---------------------------------------------------------------------------------


def check_output(path: Path, *, inputs: Iterable[Path | str] = (), what: str = "") -> None:
    """Fail before any work if writing ``path`` is impossible or would destroy something.

    Refuses: a path naming one of ``inputs`` (the run's texts, recipe, lock, lesson
    sources...), an existing directory or other non-regular file (a device, a FIFO: replacing
    one with a regular file is never what was meant), a name too long for our temporary
    names, a folder that is missing or where nothing can be created.
    """
    suffix = f" ({what})" if what else ""
    if len(os.fsencode(path.name)) > MAX_NAME_BYTES:
        raise OutputError(f"{_short(path)}: file name too long (at most {MAX_NAME_BYTES} bytes){suffix}")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {os_message(e)}{suffix}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{path}: is a directory{suffix}")
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(f"{path}: not a regular file (a device or pipe); refusing to replace it{suffix}")
        for source in inputs:
            if str(source) != "-" and _same_file(path, Path(source)):
                raise OutputError(f"{path}: is also an input ({source}); refusing to overwrite it{suffix}")
    check_folder(path.parent if str(path.parent) else Path("."), for_file=path, what=what)


def check_folder(folder: Path, *, for_file: Path | None = None, what: str = "", create: bool = False) -> None:
    """Fail unless files can be created in ``folder`` (or, with ``create``, in the nearest
    existing folder above it, where ``folder`` would be made)."""
    label = for_file if for_file is not None else folder
    suffix = f" ({what})" if what else ""
    probe_in = folder
    if create:
        while not probe_in.exists() and probe_in != probe_in.parent:
            probe_in = probe_in.parent
        if probe_in.exists() and not probe_in.is_dir():
            raise OutputError(f"{label}: {probe_in} is not a directory{suffix}")
    if not probe_in.is_dir():
        where = f"directory {probe_in}" if for_file is not None else "directory"
        raise OutputError(f"{label}: {where} does not exist{suffix}")
    # os.access answers yes to root even where nothing can be created (/proc, a read-only
    # mount): try it, so the run fails now rather than after all the work.
    probe = probe_in / f".flashcards-{os.getpid()}-{secrets.token_hex(4)}.probe"
    try:
        probe.open("xb").close()
        probe.unlink()
    except OSError as e:
        where = f" in {probe_in}" if for_file is not None or probe_in != folder else ""
        raise OutputError(f"{label}: cannot write{where}: {os_message(e)}{suffix}") from None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _short(path: Path) -> str:
    text = str(path)
    return text if len(text) <= 80 else text[:60] + "…" + text[-10:]


# -- writing ---------------------------------------------------------------------------------


def temp_name(target: Path) -> Path:
    """A fresh temporary name beside ``target`` (same folder: the rename is atomic)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


@contextmanager
def staging(*targets: Path) -> Iterator[tuple[Path, ...]]:
    """Temporary paths beside ``targets``, for the caller to write; on a normal exit each is
    renamed over its target, on any error or Ctrl-C all are removed and no target changes.

    >>> with staging(Path("course.apkg"), Path("course.lock.json")) as (apkg, lock):  # doctest: +SKIP
    ...     write_package(notes, apkg); lock.write_bytes(data)
    """
    temps = tuple(temp_name(t) for t in targets)
    try:
        yield temps
        for temp, target in zip(temps, targets):
            _keep_mode(temp, target)
        _replace_all(temps, targets)
    except OSError as e:
        raise OutputError(f"{targets[0] if len(targets) == 1 else ', '.join(map(str, targets))}: "
                          f"cannot write: {os_message(e)}") from None
    finally:
        for temp in temps:
            try:
                temp.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass  # the folder went away: nothing of ours is left to clean


def _replace_all(temps: tuple[Path, ...], targets: tuple[Path, ...]) -> None:
    """Rename each temp over its target; if one rename fails, put back those already done
    (from hard-linked copies of the old files), so the targets change together or not at all."""
    if len(targets) == 1:
        os.replace(temps[0], targets[0])
        return
    backups: list[Path | None] = []
    existed = [os.path.lexists(t) for t in targets]
    for target in targets:
        backup = temp_name(target).with_suffix(".old")
        try:
            os.link(target, backup)
            backups.append(backup)
        except OSError:  # no old file (or no hard links here): nothing to put back
            backups.append(None)
    done: list[int] = []
    try:
        for i, (temp, target) in enumerate(zip(temps, targets)):
            os.replace(temp, target)
            done.append(i)
    except BaseException:
        for i in reversed(done):
            backup = backups[i]
            try:
                if backup is not None:
                    os.replace(backup, targets[i])
                elif not existed[i]:
                    targets[i].unlink()
            except OSError:
                pass
        raise
    finally:
        for backup in backups:
            if backup is not None:
                try:
                    backup.unlink()
                except OSError:
                    pass


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file; the old file stays until the new
    one is complete. Raises OutputError."""
    with staging(path) as (temp,):
        try:
            with open(temp, "xb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        except OSError as e:
            raise OutputError(f"{path}: cannot write: {os_message(e)}") from None


def _keep_mode(temp: Path, target: Path) -> None:
    """A replaced file keeps its permissions; a new one gets the usual 0644 minus umask."""
    if not temp.exists():
        return
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)
