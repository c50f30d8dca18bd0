"""Is a network service there at all? Asked before loading a client library for it.

``--audio auto`` offline used to import edge-tts and aiohttp (a third of a small build) only
to learn that the first connection fails. One TCP connection, name lookup included and
bounded in time, answers that for the cost of a socket.
"""

from __future__ import annotations

import socket
import threading
import urllib.parse

#: Where edge-tts 7.x connects (``edge_tts.constants.WSS_URL``; a test keeps the two equal).
EDGE_HOST = "speech.platform.bing.com"


def unreachable(url: str, timeout: float = 3.0) -> str | None:
    """Why no TCP connection to ``url``'s host and port opens within ``timeout`` seconds
    (``"127.0.0.1:9: connection refused"``, ``"…: name lookup failed"``, ``"…: no answer in 3s"``), or None
    when one does. The lookup runs in a daemon thread: ``getaddrinfo`` takes no timeout."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme in ("wss", "https") else 80)
    outcome: list[str | None] = []

    def probe() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                outcome.append(None)
        except socket.gaierror:
            outcome.append("name lookup failed")
        except ConnectionRefusedError:
            outcome.append("connection refused")
        except OSError as e:
            outcome.append(e.strerror or type(e).__name__)

    worker = threading.Thread(target=probe, name="flashcards-reach", daemon=True)
    worker.start()
    worker.join(timeout)
    why = outcome[0] if outcome else f"no answer in {timeout:g}s"
    return None if why is None else f"{host}:{port}: {why}"
