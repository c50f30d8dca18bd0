"""Make every clip a build needs: cache first, then the engine, bounded and retried.

One pass: look every text up in the cache (a warm rebuild stops there, with no network
and no engine call); hand the rest to the engine with at most ``concurrency`` requests
in flight, a timeout per attempt and retries with exponential backoff and jitter; store
each clip only once it is complete. The first "engine unavailable" (offline, program
missing) stops all further attempts instead of failing every clip one by one.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from flashcards import backoff
from flashcards.audio.cache import AudioCache, ImplausibleAudio, check_audio_cache, clip_key, media_name
from flashcards.audio.engine import ClipFailed, Engine, EngineUnavailable, TransientError
from flashcards.audio.engines import make_engine
from flashcards.audio.settings import AudioSettings
from flashcards.errors import AudioError, OutputError
from flashcards.files import os_message

if TYPE_CHECKING:
    from rich.console import Console

OFFLINE_MESSAGE = "edge-tts service unreachable: building without audio"
_SHOWN_FAILURES = 5


@dataclass(frozen=True)
class AudioSummary:
    """What a generation did. ``skipped`` clips were not attempted (engine none, offline)."""

    engine: str
    requested: int = 0
    made: int = 0
    cached: int = 0
    failed: int = 0
    skipped: int = 0
    offline: bool = False
    failures: tuple[tuple[str, str], ...] = ()  # (text, why), in request order

    def __str__(self) -> str:
        text = f"audio: {self.made} made, {self.cached} cached, {self.failed} failed"
        if self.skipped:
            text += f", {self.skipped} skipped" + (" (offline)" if self.offline else "")
        return text


@dataclass(frozen=True)
class AudioResult:
    """Clips by text. A text with no clip (failed, skipped, empty) simply has no entry."""

    clips: Mapping[str, Path]
    summary: AudioSummary

    def media_name(self, text: str) -> str | None:
        """The clip's name inside the package (``fc-<hash16>.mp3``), or None."""
        path = self.clips.get(text)
        return None if path is None else path.name

    def sound(self, text: str) -> str:
        """The Anki field value that plays ``text``'s clip: ``[sound:fc-....mp3]`` or ''."""
        name = self.media_name(text)
        return "" if name is None else f"[sound:{name}]"

    @property
    def media_files(self) -> list[str]:
        """Paths for ``genanki.Package.media_files``: each clip once, in a stable order."""
        return sorted({str(path) for path in self.clips.values()})


def generate_audio(
    texts: Sequence[str],
    settings: AudioSettings | None = None,
    progress: bool = True,
    *,
    console: Console | None = None,
    engine: Engine | None = None,
    quiet: bool = False,
) -> AudioResult:
    """Make (or find in the cache) one MP3 per distinct non-blank text.

    ``progress`` shows a progress bar and the final summary on stderr; ``quiet`` also
    keeps back the one line that says ``auto`` went without audio (``-q``). ``engine``
    replaces the one ``settings.engine`` names (tests, custom engines). Raises
    ``AudioError`` when an engine chosen by name is unavailable, or with
    ``settings.strict`` when any clip is missing. Ctrl-C leaves only complete clips.
    """
    return asyncio.run(agenerate_audio(texts, settings, progress, console=console, engine=engine, quiet=quiet))


async def agenerate_audio(
    texts: Sequence[str],
    settings: AudioSettings | None = None,
    progress: bool = True,
    *,
    console: Console | None = None,
    engine: Engine | None = None,
    quiet: bool = False,
) -> AudioResult:
    """``generate_audio`` for callers already inside an event loop."""
    settings = settings or AudioSettings()
    wanted = list(dict.fromkeys(t for t in texts if t.strip()))
    engine = engine if engine is not None else make_engine(settings)
    if engine is None:
        return AudioResult({}, AudioSummary(settings.engine, len(wanted), skipped=len(wanted)))
    cache = AudioCache(settings.cache_dir)
    keys = {text: clip_key(engine.key, text) for text in wanted}
    stored = cache.stored()
    clips = {
        text: path for text in wanted
        if (stored is None or media_name(keys[text]) in stored) and (path := cache.get(keys[text])) is not None
    }
    missing = [text for text in wanted if text not in clips]
    run = _Run(engine, cache, settings, console, quiet=quiet)
    if missing and engine.unavailable is not None:  # known before any request: no bar
        run.stop(engine.unavailable)
        run.skipped = len(missing)
    elif missing:
        check_audio_cache(cache.directory)  # before the first request, not after them all
        cache.sweep_stale_temps()
        await run.make_all(missing, keys, progress)
    clips.update(run.made)
    summary = AudioSummary(
        engine=engine.name,
        requested=len(wanted),
        made=len(run.made),
        cached=len(wanted) - len(missing),
        failed=len(run.failures),
        skipped=run.skipped,
        offline=run.stop_reason is not None and settings.engine == "auto",
        failures=tuple((t, run.failures[t]) for t in wanted if t in run.failures),
    )
    if progress:
        _report(summary, run.out())
    _raise_if_needed(summary, run.stop_reason, settings)
    return AudioResult({t: clips[t] for t in wanted if t in clips}, summary)


@dataclass
class _Run:
    """The mutable state of one generation; lives only inside ``agenerate_audio``."""

    engine: Engine
    cache: AudioCache
    settings: AudioSettings
    console: Console | None  # None: stderr, made when first needed (rich costs ~50 ms to import)
    made: dict[str, Path] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    skipped: int = 0
    stop_reason: str | None = None
    quiet: bool = False  # -q: not even the offline line
    timeouts_in_a_row: int = 0  # the circuit breaker: reset by any answer
    _stopped: asyncio.Event = field(default_factory=asyncio.Event)
    _random: random.Random = field(default_factory=random.Random)

    async def make_all(self, texts: list[str], keys: Mapping[str, str], progress: bool) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        # A semaphore, not a pool of all requests: peers were throttled for firing every
        # request at once.
        slots = asyncio.Semaphore(self.settings.concurrency)
        columns = (TextColumn("audio"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=self.out(), disable=not progress) as bar:
            task = bar.add_task("audio", total=len(texts))

            async def one(text: str) -> None:
                async with slots:
                    await self._make(text, keys[text])
                bar.advance(task)

            try:
                async with asyncio.TaskGroup() as group:
                    for text in texts:
                        group.create_task(one(text))
            except BaseExceptionGroup as group_error:
                # Only bugs get here (engines classify their failures); show the first.
                raise group_error.exceptions[0] from group_error

    async def _make(self, text: str, key: str) -> None:
        last, attempts = "not attempted", self.settings.retries + 1
        for attempt in range(attempts):
            if self._stopped.is_set():
                self.skipped += 1
                return
            retry_after = None
            try:
                async with asyncio.timeout(self.settings.timeout):
                    data = await self.engine.synthesize(text)
                self.timeouts_in_a_row = 0
                self.made[text] = self._store(key, data)
                return
            except TimeoutError:
                last = f"timed out after {self.settings.timeout:g}s"
                self.timeouts_in_a_row += 1
                if self.timeouts_in_a_row >= self.settings.give_up_after:
                    self.stop(f"{self.timeouts_in_a_row} requests in a row timed out after {self.settings.timeout:g}s")
                    self.skipped += 1
                    return
            except EngineUnavailable as exc:
                self.stop(str(exc))
                self.skipped += 1
                return
            except ClipFailed as exc:
                self.timeouts_in_a_row = 0
                self.failures[text] = str(exc)
                return
            except TransientError as exc:
                self.timeouts_in_a_row = 0
                last, retry_after = str(exc), exc.retry_after
            except ImplausibleAudio as exc:
                last = f"not a complete MP3 ({exc})"
            if attempt + 1 < attempts:
                await self._pause(attempt, retry_after)
        self.failures[text] = f"{last} (after {attempts} attempts)"

    def _store(self, key: str, data: bytes) -> Path:
        try:
            return self.cache.put(key, data)
        except OSError as exc:  # the disk filled up, the folder went away: stop the build
            raise OutputError(f"{self.cache.directory}: cannot store audio: {os_message(exc)}") from None

    async def _pause(self, attempt: int, retry_after: float | None) -> None:
        settings = self.settings
        wait = backoff.delay(attempt, settings.backoff, settings.max_backoff, retry_after, self._random)
        await backoff.pause(wait, self._stopped)

    def out(self) -> Console:
        if self.console is None:
            self.console = _stderr_console()
        return self.console

    def stop(self, reason: str) -> None:
        if self._stopped.is_set():
            return  # said once, however many requests were in flight
        self._stopped.set()
        self.stop_reason = reason
        if self.settings.engine == "auto" and not self.quiet:
            self.out().print(f"{OFFLINE_MESSAGE} ({reason})", markup=False, highlight=False, style="yellow", soft_wrap=True)


def _report(summary: AudioSummary, console: Console) -> None:
    for text, why in summary.failures[:_SHOWN_FAILURES]:
        console.print(f"no audio for {text!r}: {why}", markup=False, highlight=False, style="yellow")
    if summary.failed > _SHOWN_FAILURES:
        console.print(f"... and {summary.failed - _SHOWN_FAILURES} more", style="yellow")
    console.print(str(summary), markup=False, highlight=False)


def _raise_if_needed(summary: AudioSummary, stop_reason: str | None, settings: AudioSettings) -> None:
    if stop_reason is not None and settings.engine != "auto":
        # The user named this engine; quietly building without audio would hide that.
        raise AudioError(f"{summary.engine} audio engine unavailable: {stop_reason}")
    if settings.strict and (summary.failed or summary.skipped):
        first = summary.failures[0] if summary.failures else None
        detail = f"; first: {first[0]!r}: {first[1]}" if first else f" ({stop_reason})"
        raise AudioError(f"{summary.failed + summary.skipped} of {summary.requested} clips missing{detail}")


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)
