"""Translate every text a build needs: cache first, then the engine, bounded and retried.

One pass: look every text up in the cache (a warm rebuild stops there: no network, no
program run); hand the rest to the engine with at most ``concurrency`` requests in
flight, a timeout per attempt and retries with exponential backoff and jitter. The first
"engine unavailable" (offline, refused key, program missing) stops everything and is said
once; ``breaker`` texts failing in a row open the circuit and the rest are skipped.
Either way the build goes on without those translations.
"""

from __future__ import annotations

import asyncio
import random
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from flashcards import backoff
from flashcards.translate.cache import TranslationCache, translation_key
from flashcards.translate.engine import EngineUnavailable, TransientError, TranslationFailed, Translator
from flashcards.translate.engines import make_translator
from flashcards.translate.settings import TranslateSettings

_SHOWN_FAILURES = 3


@dataclass(frozen=True)
class TranslationSummary:
    engine: str
    requested: int = 0
    made: int = 0
    cached: int = 0
    failed: int = 0
    skipped: int = 0
    stopped: str | None = None  # why the rest were skipped: unavailable, or the breaker
    failures: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        text = f"translations ({self.engine}): {self.made} made, {self.cached} cached, {self.failed} failed"
        return text + (f", {self.skipped} skipped" if self.skipped else "")


@dataclass(frozen=True)
class TranslationResult:
    """English by Chinese text; a text with no translation simply has no entry."""

    english: Mapping[str, str]
    summary: TranslationSummary


def translate_texts(
    texts: Sequence[str],
    settings: TranslateSettings,
    progress: bool = True,
    *,
    say: Callable[[str], None] | None = None,
    engine: Translator | None = None,
) -> TranslationResult:
    """Translate ``texts`` (duplicates and blanks dropped). Never raises for engine trouble.

    ``say`` receives the one-line messages (offline, breaker, failures, summary) when
    ``progress`` is on; stderr by default. ``engine`` replaces the one settings name.
    """
    return asyncio.run(atranslate_texts(texts, settings, progress, say=say, engine=engine))


async def atranslate_texts(
    texts: Sequence[str],
    settings: TranslateSettings,
    progress: bool = True,
    *,
    say: Callable[[str], None] | None = None,
    engine: Translator | None = None,
) -> TranslationResult:
    say = say or _stderr
    wanted = list(dict.fromkeys(t for t in texts if t.strip()))
    try:
        engine = engine if engine is not None else make_translator(settings)
    except EngineUnavailable as exc:
        if progress:
            say(f"translation engine {settings.engine} unavailable: building without translations ({exc})")
        return TranslationResult({}, TranslationSummary(settings.engine, len(wanted), skipped=len(wanted), stopped=str(exc)))
    if engine is None:
        return TranslationResult({}, TranslationSummary(settings.engine, len(wanted), skipped=len(wanted)))
    cache = TranslationCache(settings.cache_dir)
    keys = {text: translation_key(engine.key, text) for text in wanted}
    found = {text: english for text in wanted if (english := cache.get(keys[text])) is not None}
    run = _Run(engine, cache, settings, say if progress else (lambda message: None))
    missing = [text for text in wanted if text not in found]
    if missing:
        await run.make_all(missing, keys)
    found.update(run.made)
    summary = TranslationSummary(
        engine=engine.name,
        requested=len(wanted),
        made=len(run.made),
        cached=len(wanted) - len(missing),
        failed=len(run.failures),
        skipped=run.skipped,
        stopped=run.stop_reason,
        failures=tuple((t, run.failures[t]) for t in wanted if t in run.failures),
    )
    if progress:
        for text, why in summary.failures[:_SHOWN_FAILURES]:
            say(f"no translation for {text[:40]!r}: {why}")
        if summary.failed > _SHOWN_FAILURES:
            say(f"... and {summary.failed - _SHOWN_FAILURES} more")
        say(str(summary))
    return TranslationResult({t: found[t] for t in wanted if t in found}, summary)


@dataclass
class _Run:
    """The mutable state of one translation pass; lives only inside ``atranslate_texts``."""

    engine: Translator
    cache: TranslationCache
    settings: TranslateSettings
    say: Callable[[str], None]
    made: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    skipped: int = 0
    failed_in_a_row: int = 0
    stop_reason: str | None = None
    _stopped: asyncio.Event = field(default_factory=asyncio.Event)
    _random: random.Random = field(default_factory=random.Random)

    async def make_all(self, texts: list[str], keys: Mapping[str, str]) -> None:
        slots = asyncio.Semaphore(self.settings.concurrency)

        async def one(text: str) -> None:
            async with slots:
                await self._make(text, keys[text])

        try:
            async with asyncio.TaskGroup() as group:
                for text in texts:
                    group.create_task(one(text))
        except BaseExceptionGroup as group_error:
            raise group_error.exceptions[0] from group_error  # only bugs get here

    async def _make(self, text: str, key: str) -> None:
        last, attempts = "not attempted", self.settings.retries + 1
        for attempt in range(attempts):
            if self._stopped.is_set():
                self.skipped += 1
                return
            wait = None
            try:
                async with asyncio.timeout(self.settings.timeout):
                    english = await self.engine.translate(text)
                self.made[text] = english
                self.cache.put(key, english)
                self.failed_in_a_row = 0
                return
            except EngineUnavailable as exc:
                self._stop(f"translation engine {self.engine.name} unavailable: building without translations ({exc})")
                self.skipped += 1
                return
            except TranslationFailed as exc:
                last = str(exc)
                break
            except TimeoutError:
                last = f"timed out after {self.settings.timeout:g}s"
            except TransientError as exc:
                last, wait = str(exc), exc.retry_after
            if attempt + 1 < attempts:
                await self._pause(attempt, wait)
        if self._stopped.is_set():  # stopped while this one was waiting: not its fault
            self.skipped += 1
            return
        self.failures[text] = last if attempt == 0 else f"{last} (after {attempt + 1} attempts)"
        self.failed_in_a_row += 1
        if self.failed_in_a_row >= self.settings.breaker:
            self._stop(f"{self.failed_in_a_row} translations failed in a row: skipping the rest")

    async def _pause(self, attempt: int, retry_after: float | None) -> None:
        settings = self.settings
        wait = backoff.delay(attempt, settings.backoff, settings.max_backoff, retry_after, self._random)
        await backoff.pause(wait, self._stopped)

    def _stop(self, reason: str) -> None:
        if self._stopped.is_set():
            return  # said once, however many requests were in flight
        self._stopped.set()
        self.stop_reason = reason
        self.say(reason)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)
