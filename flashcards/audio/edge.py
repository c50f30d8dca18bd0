"""The edge-tts engine: Microsoft Edge's online neural voices (zh-CN-XiaoxiaoNeural...).

edge_tts and aiohttp are imported inside functions, never at module import, so
``flashcards --help`` stays fast.

Pointing edge-tts elsewhere (``FLASHCARDS_EDGE_TTS_URL``, for proxies and tests): edge-tts
7.3.1 builds the URL inside ``Communicate.__stream`` as ``f"{WSS_URL}&ConnectionId=...
&Sec-MS-GEC=..."``, where ``WSS_URL`` is a global of ``edge_tts.communicate`` copied there by
``from .constants import WSS_URL``. So patching ``edge_tts.constants.WSS_URL`` does nothing;
``edge_tts.communicate.WSS_URL`` is the name actually read, once per connection. A
Communicate subclass cannot change it: ``__stream`` is name-mangled and builds session,
URL and protocol in one 150-line method we would have to copy. The ``proxy=`` and
``connector=`` parameters cannot either: the URL stays ``wss://speech.platform.bing.com``
with TLS verified against certifi. So we patch ``edge_tts.communicate.WSS_URL`` while our
requests run, reference-counted under a lock so overlapping requests share one patch, and
restore it when the last one ends. The override keeps edge-tts's own query string and
token handling, so a proxy sees exactly what Microsoft would.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from flashcards.audio.engine import ClipFailed, EngineUnavailable, TransientError
from flashcards.audio.settings import AudioSettings
from flashcards.errors import OptionError

ENV_URL = "FLASHCARDS_EDGE_TTS_URL"
# The format edge-tts 7.x asks the service for. Part of the cache key, so a future
# edge-tts that asks for another format makes new clips instead of mixing the two.
OUTPUT_FORMAT = "audio-24khz-48kbitrate-mono-mp3"
# Statuses worth retrying: 403 is how the service reports a stale Sec-MS-GEC token or
# clock skew (edge-tts corrects the skew, a fresh attempt then passes), 429 throttling.
_RETRY_STATUSES = frozenset({403, 408, 429})


def engine_key(voice: str, rate: str) -> str:
    """The cache-key part for edge-tts clips of this voice and rate."""
    return f"edge|{OUTPUT_FORMAT}|{voice}|{rate}"


# The voice and rate shapes edge-tts 7.x accepts (its ``TTSConfig``), so that ``auto`` can
# reject a bad option before deciding it is offline, without importing edge-tts.
# tests/test_audio_offline.py checks these against edge-tts itself.
_VOICE = re.compile(r"^(?:[a-z]{2,}-[A-Z]{2,}-.+Neural|Microsoft Server Speech Text to Speech Voice \(.+,.+\))$")
_RATE = re.compile(r"^[+-]\d+%$")


def check_voice(voice: str, rate: str) -> None:
    """OptionError unless edge-tts would take ``voice`` and ``rate``."""
    if not _VOICE.match(voice) or not _RATE.match(rate):
        raise OptionError(f"edge-tts rejects voice {voice!r} / rate {rate!r}")


def check_endpoint(url: str) -> urllib.parse.SplitResult:
    """``url``'s parts; OptionError unless it is a ws:// or wss:// URL with a host."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("ws", "wss") or not parts.hostname:
        raise OptionError(f"{ENV_URL} must be a ws:// or wss:// URL, not {url!r}")
    return parts


def endpoint_url(url: str) -> str:
    """The value to put in place of edge-tts's ``WSS_URL`` for a user-given endpoint.

    edge-tts appends ``&ConnectionId=...``, so the URL must already have a query; when
    it has none we add the usual ``TrustedClientToken`` (a proxy forwards it as is).
    """
    parts = check_endpoint(url)
    if parts.query:
        return url
    from edge_tts.constants import TRUSTED_CLIENT_TOKEN

    return f"{url}?TrustedClientToken={TRUSTED_CLIENT_TOKEN}"


class _EndpointPatch:
    """Reference-counted replacement of ``edge_tts.communicate.WSS_URL`` (see module doc)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._url: str | None = None
        self._original = ""

    @contextmanager
    def use(self, url: str | None) -> Iterator[None]:
        if url is None:
            yield
            return
        from edge_tts import communicate

        with self._lock:
            if self._users and self._url != url:
                raise EngineUnavailable("another edge-tts endpoint is in use in this process")
            if not self._users:
                # getattr/setattr: WSS_URL is an import inside communicate, not its API.
                self._original, self._url = getattr(communicate, "WSS_URL"), url  # noqa: B009
                setattr(communicate, "WSS_URL", url)  # noqa: B010
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if not self._users:
                    setattr(communicate, "WSS_URL", self._original)  # noqa: B010
                    self._url = None


_ENDPOINT = _EndpointPatch()


@lru_cache(maxsize=1)
def _tracking_connector() -> Callable[[float], Any]:
    """A connector class that bounds connection set-up and records whether it finished.

    edge-tts's ``connect_timeout`` becomes aiohttp's ``sock_connect``, which does not
    cover DNS; on a machine with a dead resolver that can hang. Knowing whether the
    connection was made tells "offline" (stop everything) from "this request failed"
    (retry). Built on first use so aiohttp is imported only then.
    """
    import aiohttp

    class TrackingConnector(aiohttp.TCPConnector):
        def __init__(self, connect_timeout: float) -> None:
            super().__init__()
            self.connect_timeout = connect_timeout
            self.connected = False

        async def connect(self, req: Any, traces: Any, timeout: Any) -> Any:
            async with asyncio.timeout(self.connect_timeout):
                connection = await super().connect(req, traces, timeout)
            self.connected = True
            return connection

    return TrackingConnector


class EdgeEngine:
    """Speaks with edge-tts; a fresh ``Communicate`` (and connection) per attempt."""

    name = "edge"
    unavailable: str | None = None  # known only once a clip is asked for

    def __init__(
        self,
        voice: str,
        rate: str,
        *,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        url: str | None = None,
    ) -> None:
        import edge_tts

        try:  # Communicate validates voice and rate without touching the network
            edge_tts.Communicate("", voice, rate=rate)
        except (TypeError, ValueError) as exc:
            raise OptionError(f"edge-tts rejects voice {voice!r} / rate {rate!r}: {exc}") from exc
        self.voice, self.rate, self.url = voice, rate, url
        self.timeout, self.connect_timeout = timeout, connect_timeout
        self.key = engine_key(voice, rate)

    @classmethod
    def from_settings(cls, settings: AudioSettings) -> EdgeEngine:
        url = settings.edge_url or os.environ.get(ENV_URL) or None
        return cls(
            settings.voice,
            settings.rate,
            timeout=settings.timeout,
            connect_timeout=settings.connect_timeout,
            url=endpoint_url(url) if url else None,
        )

    async def synthesize(self, text: str) -> bytes:
        import edge_tts

        try:  # the one input error no retry fixes: lone surrogates from broken decoding
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ClipFailed(f"text is not valid Unicode: {exc}") from exc
        connector = _tracking_connector()(self.connect_timeout)
        communicate = edge_tts.Communicate(
            text,
            self.voice,
            rate=self.rate,
            connector=connector,
            # edge-tts wants ints; our own bounds (connector, generate's timeout) are exact.
            connect_timeout=max(1, math.ceil(self.connect_timeout)),
            receive_timeout=max(1, math.ceil(self.timeout)),
        )
        chunks: list[bytes] = []
        try:
            with _ENDPOINT.use(self.url):
                async for chunk in communicate.stream():
                    if chunk["type"] == "audio":
                        chunks.append(chunk["data"])
        except Exception as exc:  # edge-tts and aiohttp raise many types; sort them all
            raise _classify(exc, connected=connector.connected) from exc
        finally:
            await connector.close()  # normally closed by edge-tts's session already
        audio = b"".join(chunks)
        # edge-tts returns normally when the socket closes mid-turn, with the audio so
        # far. It adds a turn's bytes to this counter only on "turn.end", so a shortfall
        # means a cut stream. (A state detail of edge-tts 7.x: skipped if absent.)
        complete = communicate.state.get("cumulative_audio_bytes")
        if isinstance(complete, int) and complete != len(audio):
            raise TransientError("the stream ended before the service finished the clip")
        return audio


def _response_error(exc: BaseException) -> Any:
    """The aiohttp.ClientResponseError behind ``exc`` (edge-tts may wrap it), if any."""
    import aiohttp

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, aiohttp.ClientResponseError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _retry_after(headers: Any) -> float | None:
    try:
        return float(headers["Retry-After"]) if headers else None
    except (KeyError, TypeError, ValueError):
        return None  # absent, or an HTTP date: our own backoff is good enough


def _connect_problem(exc: Exception) -> str:
    """A one-line reason, without aiohttp's SSLContext repr."""
    import aiohttp

    if isinstance(exc, aiohttp.ClientConnectorError):
        reason = exc.os_error.strerror or str(exc.os_error) or type(exc.os_error).__name__
        return f"{exc.host}:{exc.port}: {reason}"
    if isinstance(exc, TimeoutError):
        return "connection timed out"
    return str(exc) or type(exc).__name__


def _classify(exc: Exception, *, connected: bool) -> Exception:
    import aiohttp
    from edge_tts.exceptions import NoAudioReceived

    response = _response_error(exc)
    if response is not None:
        status = response.status
        if status in _RETRY_STATUSES or status >= 500:
            return TransientError(f"HTTP {status}", retry_after=_retry_after(response.headers))
        # Other 4xx: a wrong endpoint or a protocol change; every clip would fail alike.
        return EngineUnavailable(f"edge-tts service refused the request (HTTP {status})")
    if not connected and isinstance(exc, (aiohttp.ClientConnectionError, OSError, TimeoutError)):
        return EngineUnavailable(_connect_problem(exc))
    if isinstance(exc, NoAudioReceived):
        return TransientError("no audio received")
    # Anything else (a malformed frame, a reset) is unknown: retrying costs little, while
    # calling it permanent would lose a clip to one bad packet.
    return TransientError(f"{type(exc).__name__}: {exc}")
