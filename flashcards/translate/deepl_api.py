"""The DeepL engine, through the official ``deepl`` package (imported on first use).

The key comes from ``DEEPL_AUTH_KEY``; ``FLASHCARDS_DEEPL_URL`` (or ``--translate-url``)
points the client's ``server_url`` elsewhere (a proxy, the tests' fake service). The
client is synchronous (requests), so each call runs in a worker thread.

``deepl`` retries on its own (5 times, with its own backoff) and its per-request timeout
is the module global ``deepl.http_client.min_connection_timeout``. Our stage retries with
its own budget and breaker, so we switch the library's retries off and set its timeout to
ours: the only knobs the package offers are those module globals, process-wide.
"""

from __future__ import annotations

import asyncio
import os

from flashcards.translate.engine import EngineUnavailable, TransientError, TranslationFailed
from flashcards.translate.settings import DEEPL_KEY_ENV, DEEPL_URL_ENV, TranslateSettings

# DeepL's names: target "EN" is deprecated in favour of a variant.
_TARGETS = {"en": "EN-US"}


class DeepLTranslator:
    name = "DeepL"

    def __init__(self, settings: TranslateSettings) -> None:
        key = os.environ.get(DEEPL_KEY_ENV, "").strip()
        if not key:
            raise EngineUnavailable(f"set {DEEPL_KEY_ENV} to your DeepL API key")
        try:
            import deepl
        except ImportError as exc:
            raise EngineUnavailable("the deepl package is not installed: pip install 'flashcards[deepl]'") from exc

        deepl.http_client.max_network_retries = 0
        deepl.http_client.min_connection_timeout = settings.timeout
        self._deepl = deepl
        url = settings.url or os.environ.get(DEEPL_URL_ENV) or None
        if url:
            url = url.rstrip("/") + "/"  # the client urljoins "v2/translate": keep a path prefix
        self._client = deepl.Translator(key, server_url=url, send_platform_info=False)
        self._source = settings.source_lang.upper()
        self._target = _TARGETS.get(settings.target_lang, settings.target_lang.upper())
        self.key = f"deepl|{self._source}|{self._target}"

    async def translate(self, text: str) -> str:
        return await asyncio.to_thread(self._translate, text)

    def _translate(self, text: str) -> str:
        deepl = self._deepl
        try:
            result = self._client.translate_text(text, source_lang=self._source, target_lang=self._target)
        except (deepl.AuthorizationException, deepl.QuotaExceededException) as exc:
            raise EngineUnavailable(f"DeepL refused the request: {exc}") from exc
        except deepl.TooManyRequestsException as exc:
            raise TransientError("DeepL: too many requests (429)") from exc
        except deepl.ConnectionException as exc:
            import requests

            if isinstance(exc.__cause__, requests.exceptions.ReadTimeout):
                raise TransientError("DeepL: no reply in time") from exc
            raise EngineUnavailable(f"DeepL unreachable: {exc}") from exc
        except deepl.DeepLException as exc:
            status = getattr(exc, "http_status_code", None)
            if status is not None and status >= 500:
                raise TransientError(f"DeepL: server error {status}") from exc
            raise TranslationFailed(f"DeepL: {exc}") from exc
        except (IndexError, KeyError, TypeError, ValueError, AttributeError) as exc:
            # The client indexes the reply blindly: a garbled body surfaces as these.
            raise TransientError("DeepL: malformed reply") from exc
        english = " ".join(str(result.text).split())
        if not english:
            raise TransientError("DeepL: empty translation")
        return english

