"""What the translation stage should do: one frozen value the CLI builds and the library reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from flashcards.errors import OptionError, mention

ENGINES: tuple[str, ...] = ("none", "command", "deepl", "libretranslate")
DEEPL_KEY_ENV = "DEEPL_AUTH_KEY"
DEEPL_URL_ENV = "FLASHCARDS_DEEPL_URL"  # another DeepL endpoint (a proxy, a test double)
LIBRETRANSLATE_KEY_ENV = "LIBRETRANSLATE_API_KEY"


def _default_cache() -> Path:
    from flashcards.cachedir import cache_dir

    return cache_dir() / "translations"


@dataclass(frozen=True)
class TranslateSettings:
    """Translation options.

    ``engine``: ``none`` (the default) translates nothing; ``command`` runs a local program
    (``command`` is its template, see ``flashcards.translate.command``); ``deepl`` calls the
    DeepL API with the key in ``DEEPL_AUTH_KEY`` through the official ``deepl`` package;
    ``libretranslate`` posts to ``url``/translate on a server the user runs. Whatever the
    engine, an engine that cannot work (offline, refused key, program missing) is reported
    once and the build goes on without machine translations: an English line is a help,
    never a reason to lose the deck.

    ``timeout`` bounds one attempt, ``connect_timeout`` the connection set-up. ``retries``
    extra attempts follow transient failures (429, 5xx, a stall, a garbled reply), waiting
    ``backoff`` seconds doubled each time with jitter, up to ``max_backoff``. After
    ``breaker`` texts in a row have failed, the rest are skipped (the circuit opens).
    """

    engine: str = "none"
    command: str | None = None
    url: str | None = None
    source_lang: str = "zh"
    target_lang: str = "en"
    cache_dir: Path = field(default_factory=_default_cache)
    concurrency: int = 4
    timeout: float = 20.0
    connect_timeout: float = 5.0
    retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    breaker: int = 5

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise OptionError(f"{self.engine!r} is not one of {', '.join(ENGINES)}", option="translate.engine")
        if self.concurrency < 1:
            raise OptionError("must be at least 1", option="translate.concurrency")
        if self.retries < 0 or self.breaker < 1:
            raise OptionError("translation retries cannot be negative, the breaker must be at least 1")
        if self.timeout <= 0 or self.connect_timeout <= 0 or self.backoff < 0 or self.max_backoff < 0:
            raise OptionError("translation timeouts must be positive and backoffs not negative")
        if self.engine == "command":
            if not self.command:
                raise OptionError(f"command needs {mention('translate.command')}", option="translate.engine")
            from flashcards.translate.template import parse_template

            parse_template(self.command)
        if self.engine == "libretranslate" and not self.url:
            raise OptionError(f"libretranslate needs {mention('translate.url')} (the server you run)", option="translate.engine")
        if self.url is not None and not self.url.startswith(("http://", "https://")):
            raise OptionError(f"{self.url!r} is not an http(s) URL", option="translate.url")
        if not isinstance(self.cache_dir, Path):
            object.__setattr__(self, "cache_dir", Path(self.cache_dir))
