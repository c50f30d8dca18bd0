"""A fake edge-tts service on 127.0.0.1, speaking the websocket protocol of edge-tts 7.x.

What the client (edge_tts/communicate.py) does and expects, and this server mirrors:

- GET ``<WSS_URL>&ConnectionId=..&Sec-MS-GEC=..&Sec-MS-GEC-Version=..`` upgraded to a
  websocket; any other status fails the handshake (edge-tts retries a 403 once itself,
  after correcting its clock from our Date header).
- client → text ``Path:speech.config`` (output format), then text ``Path:ssml`` carrying
  ``<voice name=...><prosody rate=...>TEXT</prosody>``.
- server → text frames ``headers\\r\\n\\r\\nbody`` with ``Path:turn.start``,
  ``Path:audio.metadata``, ..., ``Path:turn.end`` (which ends the turn), and binary
  frames: a 2-byte big-endian header length, headers ending in ``\\r\\n`` (edge-tts parses
  ``data[:length]`` including the two length bytes, so the final CRLF is what it cuts),
  then MP3 bytes. A last binary frame without Content-Type and with no data is allowed.

Behaviour per request is scripted: ``handshake`` gives the HTTP status for the n-th
request (101 = accept; "silent" = accept the connection and never answer), ``reply`` what to do after the n-th accepted SSML: "audio",
"noaudio", "stall", "truncate" (close after part of the audio), "garbage" (non-MP3 bytes
labelled audio/mpeg). Each is a callable, a sequence (then 101/"audio"), or a constant.

    with FakeEdgeTTS(handshake=[403], latency=0.05) as server:
        settings = AudioSettings(edge_url=server.url)
        ...
        assert server.connections == 2
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import socket
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Self
from urllib.parse import parse_qs
from xml.sax.saxutils import unescape

from aiohttp import WSMsgType, web
from mp3_samples import mp3_frames

Script = Callable[..., Any] | Sequence[Any] | Any
_REQUIRED_QUERY = ("TrustedClientToken", "ConnectionId", "Sec-MS-GEC", "Sec-MS-GEC-Version")
_SSML = re.compile(r"<voice name='([^']*)'><prosody pitch='[^']*' rate='([^']*)'[^>]*>(.*)</prosody>", re.DOTALL)


@dataclass(frozen=True)
class Received:
    """One SSML request the server got."""

    voice: str
    rate: str
    text: str


def free_port() -> int:
    """A port nothing listens on (now): connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pick(script: Script, default: Any, index: int, *args: Any) -> Any:
    if callable(script):
        return script(index, *args)
    if isinstance(script, (list, tuple)):
        return script[index] if index < len(script) else default
    return default if script is None else script


def _text_message(request_id: str, path: str, body: str) -> str:
    return (
        f"X-RequestId:{request_id}\r\nContent-Type:application/json; charset=utf-8\r\n"
        f"Path:{path}\r\n\r\n{body}"
    )


def _audio_message(request_id: str, payload: bytes, content_type: bool = True) -> bytes:
    header = f"X-RequestId:{request_id}\r\n"
    header += "Content-Type:audio/mpeg\r\n" if content_type else ""
    header += f"X-StreamId:{request_id[:8]}\r\nPath:audio\r\n"
    encoded = header.encode("ascii")
    return len(encoded).to_bytes(2, "big") + encoded + payload


def audio_for(text: str, frames: int = 6) -> bytes:
    """The MP3 the fake service returns for ``text`` (deterministic, distinct per text)."""
    return mp3_frames(frames, seed=hashlib.sha256(text.encode("utf-8")).digest())


class FakeEdgeTTS:
    """The fake service, run in a background thread with its own event loop."""

    def __init__(
        self,
        *,
        handshake: Script = None,
        reply: Script = None,
        latency: float = 0.0,
        frames: int = 6,
        retry_after: str | None = None,
    ) -> None:
        self.handshake, self.reply = handshake, reply
        self.latency, self.frames, self.retry_after = latency, frames, retry_after
        self.connections = 0  # HTTP requests, refused handshakes included
        self.received: list[Received] = []
        self.errors: list[str] = []  # protocol deviations seen from the client
        self.active = self.max_active = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._closing: asyncio.Event | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/consumer/speech/synthesize/readaloud/edge/v1"

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-edge-tts", daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result(10)

    def stop(self) -> None:
        if self._loop is None or self._thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
        self._loop = self._thread = None

    async def _serve(self) -> None:
        self._closing = asyncio.Event()
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def _shutdown(self) -> None:
        assert self._closing is not None and self._runner is not None
        self._closing.set()
        await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        index = self.connections
        self.connections += 1
        status = _pick(self.handshake, 101, index)
        if status == "silent":  # accept the connection, never answer (a hung service)
            assert self._closing is not None
            await self._closing.wait()
            return web.Response(status=503)
        status = int(status)
        if status != 101:
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return web.Response(status=status, text="fake refusal", headers=headers)
        query = parse_qs(request.query_string)
        missing = [name for name in _REQUIRED_QUERY if name not in query]
        if missing:
            self.errors.append(f"query lacks {missing}")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            await self._converse(ws)
        finally:
            self.active -= 1
        return ws

    async def _converse(self, ws: web.WebSocketResponse) -> None:
        config = await ws.receive()
        if config.type != WSMsgType.TEXT or "Path:speech.config" not in config.data:
            self.errors.append(f"expected speech.config, got {config.type}")
            await ws.close()
            return
        ssml = await ws.receive()
        if ssml.type != WSMsgType.TEXT or "Path:ssml" not in ssml.data:
            self.errors.append(f"expected ssml, got {ssml.type}")
            await ws.close()
            return
        match = _SSML.search(ssml.data)
        if match is None:
            self.errors.append("unparsable SSML")
            await ws.close()
            return
        received = Received(match[1], match[2], unescape(match[3]))
        reply_index = len(self.received)
        self.received.append(received)
        request_id = uuid.uuid4().hex
        await asyncio.sleep(self.latency)
        action = _pick(self.reply, "audio", reply_index, received.text)
        await ws.send_str(_text_message(request_id, "turn.start", '{"context":{"serviceTag":"fake"}}'))
        await self._act(ws, action, request_id, received)

    async def _act(self, ws: web.WebSocketResponse, action: str, request_id: str, received: Received) -> None:
        audio = audio_for(received.text, self.frames)
        half = len(audio) // 2 + 7  # chunk boundaries need not match frame boundaries
        if action == "stall":
            assert self._closing is not None
            closing = asyncio.ensure_future(self._closing.wait())
            closed = asyncio.ensure_future(ws.receive())  # returns when the client hangs up
            await asyncio.wait({closing, closed}, return_when=asyncio.FIRST_COMPLETED)
            closing.cancel()
            closed.cancel()
            return
        if action == "audio":
            metadata = (
                '{"Metadata":[{"Type":"SentenceBoundary","Data":{"Offset":1000000,'
                '"Duration":4000000,"text":{"Text":"x","Length":1,"BoundaryType":"SentenceBoundary"}}}]}'
            )
            await ws.send_str(_text_message(request_id, "audio.metadata", metadata))
        if action in ("audio", "truncate"):
            await ws.send_bytes(_audio_message(request_id, audio[:half]))
        if action == "truncate":
            await ws.close()
            return
        if action == "audio":
            await ws.send_bytes(_audio_message(request_id, audio[half:]))
        if action == "garbage":
            await ws.send_bytes(_audio_message(request_id, b"<html>Service Unavailable</html>"))
        await ws.send_bytes(_audio_message(request_id, b"", content_type=False))
        await ws.send_str(_text_message(request_id, "turn.end", "{}"))
        await ws.receive()  # edge-tts closes after turn.end
