"""Shared fixtures. ``fake_edge_tts`` starts a scripted fake edge-tts service."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fake_edge_tts import FakeEdgeTTS


@pytest.fixture
def fake_edge_tts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., FakeEdgeTTS]]:
    """A factory: ``server = fake_edge_tts(handshake=[403])``; stopped after the test.

    Sets FLASHCARDS_EDGE_TTS_URL to the last server started, and clears proxy variables:
    edge-tts trusts the environment, and a proxy must not see 127.0.0.1 traffic.
    """
    servers: list[FakeEdgeTTS] = []
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)

    def start(**options: Any) -> FakeEdgeTTS:
        server = FakeEdgeTTS(**options)
        server.start()
        servers.append(server)
        monkeypatch.setenv("FLASHCARDS_EDGE_TTS_URL", server.url)
        return server

    yield start
    for server in servers:
        server.stop()
