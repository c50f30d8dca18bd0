"""The command engine: a local translator (Argos Translate's CLI, a script) run WITHOUT a shell.

The template is split once with ``shlex.split``. With ``{text}`` in one argument, that
argument carries the text (filled in one pass: a text holding ``{text}`` stays literal);
with no placeholder the text goes to the program's stdin. The English is what the program
prints on stdout, UTF-8.

The text comes from the document being studied, so it must never be read as an option: a
sentence starting with ``-`` would be. When the ``{text}`` argument starts with the text
and the template has no ``--`` before it, we insert ``--`` there (the POSIX end of options),
and refuse templates with options after it (they would become operands).

    argos-translate --from-lang zh --to-lang en {text}   → ... --to-lang en -- <text>
    my-translator --model zh-en.bin                      → the text on stdin
"""

from __future__ import annotations

from pathlib import Path

from flashcards.translate.engine import EngineUnavailable, TranslationFailed
from flashcards.translate.settings import TranslateSettings
from flashcards.translate.template import TEXT, fill, parse_template
from flashcards.programs import ProgramFailed, ProgramMissing, run_program

class CommandTranslator:
    name = "command"

    def __init__(self, settings: TranslateSettings) -> None:
        assert settings.command is not None  # TranslateSettings checks this
        self.args = parse_template(settings.command)
        self._stdin = not any(TEXT in arg for arg in self.args)
        self.key = f"command|{settings.command}"

    async def translate(self, text: str) -> str:
        argv = self.args if self._stdin else fill(self.args, text)
        out = await _run(list(argv), text.encode("utf-8") if self._stdin else None)
        english = " ".join(out.decode("utf-8", "replace").split())
        if not english:
            raise TranslationFailed(f"{Path(argv[0]).name} printed nothing")
        return english


async def _run(argv: list[str], stdin: bytes | None) -> bytes:
    try:
        return await run_program(argv, stdin, what="translate command")
    except ProgramMissing as exc:
        raise EngineUnavailable(str(exc)) from exc
    except ProgramFailed as exc:
        raise TranslationFailed(str(exc)) from exc
