"""The LibreTranslate engine: POST ``{url}/translate`` on a server the user runs.

Request ``{"q", "source", "target", "format": "text", "api_key"?}``, reply
``{"translatedText": "..."}`` (LibreTranslate's documented API). The optional key comes
from ``LIBRETRANSLATE_API_KEY``. aiohttp (already needed by edge-tts) is imported on use.
"""

from __future__ import annotations

import json
import os

from flashcards.translate.engine import EngineUnavailable, TransientError, TranslationFailed, retry_after
from flashcards.translate.settings import LIBRETRANSLATE_KEY_ENV, TranslateSettings


class LibreTranslator:
    name = "LibreTranslate"

    def __init__(self, settings: TranslateSettings) -> None:
        assert settings.url is not None  # TranslateSettings checks this
        self.url = settings.url.rstrip("/") + "/translate"
        self._source, self._target = settings.source_lang, settings.target_lang
        self._api_key = os.environ.get(LIBRETRANSLATE_KEY_ENV) or None
        self._connect_timeout = settings.connect_timeout
        self.key = f"libretranslate|{self.url}|{self._source}|{self._target}"

    async def translate(self, text: str) -> str:
        import aiohttp

        body = {"q": text, "source": self._source, "target": self._target, "format": "text"}
        if self._api_key:
            body["api_key"] = self._api_key
        # The stage's asyncio.timeout bounds the whole attempt; this bounds the connection.
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=self._connect_timeout)
        try:
            async with aiohttp.ClientSession(timeout=timeout, trust_env=False) as session:
                async with session.post(self.url, json=body) as response:
                    raw = await response.read()
                    status, wait = response.status, retry_after(response.headers.get("Retry-After"))
        except aiohttp.ClientConnectorError as exc:
            raise EngineUnavailable(f"LibreTranslate unreachable at {self.url}: {exc.os_error or exc}") from exc
        except aiohttp.ClientError as exc:
            raise TransientError(f"LibreTranslate: {type(exc).__name__}") from exc
        if status in (401, 403):
            raise EngineUnavailable(f"LibreTranslate refused the request ({status}; check {LIBRETRANSLATE_KEY_ENV})")
        if status == 429 or status >= 500:
            raise TransientError(f"LibreTranslate: HTTP {status}", wait)
        if status != 200:
            raise TranslationFailed(f"LibreTranslate: HTTP {status}")
        try:
            english = json.loads(raw)["translatedText"]
        except (ValueError, KeyError, TypeError) as exc:
            raise TransientError("LibreTranslate: malformed reply") from exc
        if not isinstance(english, str) or not english.split():
            raise TransientError("LibreTranslate: empty translation")
        return " ".join(english.split())
