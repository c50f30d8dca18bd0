"""Local stand-ins for the translation services, on 127.0.0.1 only.

``FakeTranslateService`` speaks both DeepL's ``POST /v2/translate`` (JSON body with
``text`` list, reply ``{"translations": [{"text", "detected_source_language",
"billed_characters"}]}``) and LibreTranslate's ``POST /translate`` (``{"q", ...}`` →
``{"translatedText"}``). Each request takes the next behaviour from ``script`` (then
``default``): ``"ok"``, an HTTP status (403, 429, 500, 503...), ``"stall"`` (no reply until
the test ends) or ``"malformed"`` (a 200 with a body that is not the API's JSON).
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def english_for(text: str) -> str:
    """What the fake answers: recognisable and derived from the input."""
    return f"EN[{text}]"


class FakeTranslateService:
    def __init__(self, script=(), default="ok") -> None:
        self.script = deque(script)
        self.default = default
        self.requests: list[dict] = []
        self._release = threading.Event()
        self._lock = threading.Lock()
        service = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with service._lock:
                    service.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                    behaviour = service.script.popleft() if service.script else service.default
                if behaviour == "stall":
                    service._release.wait(30)
                    return
                if isinstance(behaviour, int):
                    self._send(behaviour, b'{"message": "fake error"}', {"Retry-After": "0"})
                    return
                if behaviour == "malformed":
                    self._send(200, b'{"translations": [')
                    return
                self._send(200, json.dumps(service.reply(self.path, body)).encode("utf-8"))

            def _send(self, status, payload, headers=None):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @staticmethod
    def reply(path: str, body: bytes) -> dict:
        data = json.loads(body)
        if path.endswith("/v2/translate"):
            return {"translations": [
                {"text": english_for(t), "detected_source_language": "ZH", "billed_characters": len(t)}
                for t in data["text"]
            ]}
        return {"translatedText": english_for(data["q"])}

    def start(self) -> "FakeTranslateService":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()

    def bodies(self) -> list[dict]:
        return [json.loads(r["body"]) for r in self.requests]
