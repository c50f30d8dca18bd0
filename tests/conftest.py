import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "decks" / "texts"
sys.path.insert(0, str(Path(__file__).parent))

from fake_edge_tts import FakeEdgeTTS  # noqa: E402  (needs the sys.path line above)


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Each test session gets its own cache dir: tests never read a user's caches."""
    os.environ.setdefault("FLASHCARDS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    # No test may reach the internet: an audio engine left on "auto" by accident talks to a
    # closed port on 127.0.0.1 (refused at once) instead of Microsoft's service.
    from fake_edge_tts import free_port

    os.environ["FLASHCARDS_EDGE_TTS_URL"] = f"ws://127.0.0.1:{free_port()}/closed"
    if os.environ.get("PYTEST_XDIST_WORKER"):  # workers' temp folders share this session's parent
        from chromium import SHARED_ENV

        os.environ[SHARED_ENV] = str(tmp_path_factory.getbasetemp().parent / "shared")


@pytest.fixture
def sample_text() -> Path:
    return TEXTS / "industrial_internet.txt"


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
