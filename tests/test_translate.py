"""The translation stage: DeepL (official client) and LibreTranslate against a local fake,
the command engine with a tiny script, the cache, and every fault we promise to survive."""

import json
import sys
from pathlib import Path

import pytest

from fake_translate import FakeTranslateService, english_for, free_port
from flashcards.errors import OptionError
from flashcards.translate import TranslateSettings, translate_texts
from flashcards.translate.template import parse_template

HERE = Path(__file__).parent
TEXTS = ["我们试试看。", "银行在哪里？", "他学习汉语。"]


@pytest.fixture
def service(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    started = []

    def start(script=(), default="ok"):
        server = FakeTranslateService(script, default).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def settings(tmp_path, engine, **kw):
    kw.setdefault("timeout", 2.0)
    kw.setdefault("backoff", 0.01)
    kw.setdefault("max_backoff", 0.05)
    return TranslateSettings(engine=engine, cache_dir=tmp_path / "tr", **kw)


def run(texts, s, **kw):
    said = []
    result = translate_texts(texts, s, progress=True, say=said.append, **kw)
    return result, said


@pytest.fixture
def deepl_env(monkeypatch):
    monkeypatch.setenv("DEEPL_AUTH_KEY", "fake-key:fx")


def engine_settings(kind, tmp_path, url, **kw):
    if kind == "deepl":
        return settings(tmp_path, "deepl", url=url, **kw)
    return settings(tmp_path, "libretranslate", url=url, **kw)


ENGINES = ["deepl", "libretranslate"]


# --- the happy path, per engine ---------------------------------------------------------

def test_deepl_speaks_deepls_api(service, deepl_env, tmp_path):
    server = service()
    result, said = run(TEXTS, settings(tmp_path, "deepl", url=server.url))
    assert result.english == {t: english_for(t) for t in TEXTS}
    assert result.summary.engine == "DeepL" and result.summary.made == 3
    assert said[-1] == "translations (DeepL): 3 made, 0 cached, 0 failed"
    request = server.requests[0]
    assert request["path"] == "/v2/translate"
    assert request["headers"]["Authorization"] == "DeepL-Auth-Key fake-key:fx"
    bodies = server.bodies()
    assert sorted(b["text"][0] for b in bodies) == sorted(TEXTS)
    assert {(b["source_lang"], b["target_lang"]) for b in bodies} == {("ZH", "EN-US")}


def test_libretranslate_speaks_its_api(service, tmp_path, monkeypatch):
    monkeypatch.setenv("LIBRETRANSLATE_API_KEY", "k1")
    server = service()
    result, _ = run(TEXTS, settings(tmp_path, "libretranslate", url=server.url + "/"))
    assert result.english == {t: english_for(t) for t in TEXTS}
    assert {r["path"] for r in server.requests} == {"/translate"}
    body = server.bodies()[0]
    assert (body["source"], body["target"], body["format"], body["api_key"]) == ("zh", "en", "text", "k1")


@pytest.mark.parametrize("kind", ENGINES)
def test_cache_answers_a_rebuild_without_a_request(service, deepl_env, tmp_path, kind):
    server = service()
    s = engine_settings(kind, tmp_path, server.url)
    run(TEXTS, s)
    asked = len(server.requests)
    result, said = run(TEXTS + [TEXTS[0]], s)
    assert len(server.requests) == asked == 3
    assert result.summary.cached == 3 and result.summary.made == 0
    assert result.english[TEXTS[1]] == english_for(TEXTS[1])


# --- faults -----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ENGINES)
def test_refused_connection_is_offline_said_once(deepl_env, tmp_path, kind):
    url = f"http://127.0.0.1:{free_port()}"
    result, said = run(TEXTS, engine_settings(kind, tmp_path, url))
    assert result.english == {}
    offline = [m for m in said if "unavailable" in m]
    assert len(offline) == 1 and "building without translations" in offline[0]
    assert result.summary.skipped == 3 and result.summary.failed == 0


@pytest.mark.parametrize("kind", ENGINES)
def test_403_stops_the_engine(service, deepl_env, tmp_path, kind):
    server = service(default=403)
    result, said = run(TEXTS, engine_settings(kind, tmp_path, server.url, concurrency=1))
    assert result.english == {} and result.summary.skipped == 3
    assert len(server.requests) == 1  # one refusal is enough: no retries, no other texts
    assert sum("unavailable" in m for m in said) == 1


@pytest.mark.parametrize("kind", ENGINES)
@pytest.mark.parametrize("fault", [429, 500, 503, "malformed"])
def test_transient_faults_are_retried(service, deepl_env, tmp_path, kind, fault):
    server = service(script=[fault])
    result, _ = run(TEXTS[:1], engine_settings(kind, tmp_path, server.url, retries=2))
    assert result.english == {TEXTS[0]: english_for(TEXTS[0])}
    assert len(server.requests) == 2


@pytest.mark.parametrize("kind", ENGINES)
@pytest.mark.parametrize("fault", [500, "malformed"])
def test_persistent_faults_fail_that_text_and_say_why(service, deepl_env, tmp_path, kind, fault):
    server = service(default=fault)
    result, said = run(TEXTS[:1], engine_settings(kind, tmp_path, server.url, retries=1))
    assert result.english == {} and result.summary.failed == 1
    assert len(server.requests) == 2
    assert any(m.startswith("no translation for") and "after 2 attempts" in m for m in said)
    assert not list((tmp_path / "tr").glob("*.txt"))  # nothing cached


@pytest.mark.parametrize("kind", ENGINES)
def test_stall_times_out(service, deepl_env, tmp_path, kind):
    server = service(default="stall")
    result, said = run(TEXTS[:1], engine_settings(kind, tmp_path, server.url, timeout=0.3, retries=0))
    assert result.english == {} and result.summary.failed == 1
    assert any("timed out" in m for m in said)


@pytest.mark.parametrize("kind", ENGINES)
def test_circuit_breaker_skips_the_rest(service, deepl_env, tmp_path, kind):
    server = service(default=500)
    texts = [f"第{i}句话。" for i in range(8)]
    result, said = run(texts, engine_settings(kind, tmp_path, server.url, retries=0, breaker=2, concurrency=1))
    assert result.summary.failed == 2 and result.summary.skipped == 6
    assert len(server.requests) == 2
    assert sum("failed in a row" in m for m in said) == 1


def test_deepl_without_a_key_is_unavailable(monkeypatch, tmp_path):
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    result, said = run(TEXTS, settings(tmp_path, "deepl", url="http://127.0.0.1:9"))
    assert result.english == {} and result.summary.skipped == 3
    assert len(said) == 1 and "DEEPL_AUTH_KEY" in said[0]


def test_none_translates_nothing(tmp_path):
    result, said = run(TEXTS, settings(tmp_path, "none"))
    assert result.english == {} and said == []


# --- the command engine -----------------------------------------------------------------

def command(*extra):
    return " ".join([sys.executable, str(HERE / "fake_translate_command.py"), *extra])


@pytest.mark.parametrize(
    "template, argv",
    [
        ("argos-translate --from-lang zh --to-lang en {text}",
         ("argos-translate", "--from-lang", "zh", "--to-lang", "en", "--", "{text}")),
        ("tr -- {text}", ("tr", "--", "{text}")),           # the user's own -- is kept
        ("tr --input={text}", ("tr", "--input={text}")),   # an option's value cannot be an option
        ("tr --model m.bin", ("tr", "--model", "m.bin")),  # stdin
    ],
)
def test_templates(template, argv):
    assert parse_template(template) == argv


@pytest.mark.parametrize(
    "template", ["", "tr {text} --to en", "{text} x", "tr {out}", "tr {text} {text}", "tr 'unclosed"]
)
def test_bad_templates(template):
    with pytest.raises(OptionError):
        TranslateSettings(engine="command", command=template)


@pytest.mark.parametrize("text", ["你好。", "--fail 你好", "-x", "$(rm -rf ~); `id` | cat {text}", "a\nb"])
def test_command_text_is_one_argument_after_double_dash(tmp_path, monkeypatch, text):
    log = tmp_path / "argv.log"
    monkeypatch.setenv("FAKE_TRANSLATE_LOG", str(log))
    result, _ = run([text], settings(tmp_path, "command", command=command("--to", "en", "{text}")))
    assert result.english == {text: " ".join(english_for(text.strip()).split())}
    argv = json.loads(log.read_text(encoding="utf-8"))
    assert argv == ["--to", "en", "--", text]


def test_command_reads_stdin_without_placeholder(tmp_path):
    result, _ = run(["-n 你好"], settings(tmp_path, "command", command=command("--stdin")))
    assert result.english == {"-n 你好": "EN[-n 你好]"}


@pytest.mark.parametrize("flag, why", [("--fail", "exited with status 3: model not found"), ("--silent", "printed nothing")])
def test_command_failure_and_silence_are_per_text_failures(tmp_path, flag, why):
    result, said = run(["你好"], settings(tmp_path, "command", command=command(flag, "{text}"), retries=2))
    assert result.english == {} and result.summary.failed == 1
    assert any(why in m for m in said)


def test_missing_program_is_unavailable(tmp_path):
    result, said = run(TEXTS, settings(tmp_path, "command", command=str(tmp_path / "no-such-translator") + " {text}"))
    assert result.english == {} and result.summary.skipped == 3
    assert sum("not found" in m for m in said) == 1


# --- through the CLI: offline is one line, and the deck is built ------------------------

def _cli(*args, env_extra=None):
    from incli import run_cli

    return run_cli(*args, env=env_extra)


def test_cli_offline_translator_builds_without_translations(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("他每天都在银行工作。\n", encoding="utf-8")
    out = tmp_path / "t.apkg"
    url = f"http://127.0.0.1:{free_port()}"
    result = _cli("build", str(text), "-o", str(out), "--audio", "none", "--translate", "libretranslate",
                  "--translate-url", url, "--translate-cache", str(tmp_path / "tr"))
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    lines = result.stderr.strip().splitlines()
    assert sum("unavailable: building without translations" in line for line in lines) == 1
    assert "translations (LibreTranslate): 0 made, 0 cached, 0 failed, 1 skipped" in lines
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--translate", "google"], "'--translate': 'google' is not one of"),
        (["--translate", "libretranslate"], "needs --translate-url"),
        (["--translate", "libretranslate", "--translate-url", "ftp://x"], "is not an http(s) URL"),
        (["--translate", "command"], "needs --translate-command"),
        (["--translate", "command", "--translate-command", "tr {text} -v"], "after every option"),
    ],
)
def test_cli_bad_translate_options_are_one_line(tmp_path, args, message):
    out = tmp_path / "t.apkg"
    result = _cli("build", str(Path(__file__).parents[1] / "decks" / "texts" / "industrial_internet.txt"), "-o", str(out), *args)
    usage = message.startswith("'--")  # a value typer refuses before the command runs
    assert result.returncode == (2 if usage else 1) and not out.exists()
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_deepl_package_missing_is_unavailable(monkeypatch, deepl_env, tmp_path):
    monkeypatch.setitem(sys.modules, "deepl", None)  # import deepl now raises ImportError
    result, said = run(TEXTS, settings(tmp_path, "deepl", url="http://127.0.0.1:9"))
    assert result.english == {} and result.summary.skipped == 3
    assert len(said) == 1 and "pip install 'flashcards[deepl]'" in said[0]


def test_deepl_url_with_a_path_prefix(service, deepl_env, tmp_path):
    server = service()
    result, _ = run(TEXTS[:1], settings(tmp_path, "deepl", url=server.url + "/proxy"))
    assert result.english == {TEXTS[0]: english_for(TEXTS[0])}
    assert server.requests[0]["path"] == "/proxy/v2/translate"
