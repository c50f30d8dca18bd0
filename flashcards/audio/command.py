"""The command engine: a local TTS program given as a template, run WITHOUT a shell.

The template is split once with ``shlex.split``; in each argument ``{text}``, ``{text_file}``
and ``{out}`` are replaced in a single pass, so the text (untrusted: it comes from the
document being studied) is always exactly one argv element, or part of one, and is never
parsed by a shell nor substituted again (a text containing ``{out}`` stays literal).

- ``{text}``: the text itself.
- ``{text_file}``: a UTF-8 file holding the text. Prefer it (or stdin): the text then never
  stands where the program parses options.

The text never becomes an option (a sentence starting ``--out=/tmp/x.mp3`` must not choose
where the program writes): when an argument *starts* with ``{text}`` and no ``--`` comes
before it, ``--`` is inserted before it if no option follows it in the template; if options
follow (``tts {text} -o {out}``, where ``--`` would turn them into text), a text starting
with ``-`` is passed with a leading space instead, which no option parser reads as an option.
- ``{out}``: where the program writes the audio: a path *without* extension in a private
  temporary directory. Append one if the program picks its format from it
  (``say -o {out}.aiff``). Required.
- With neither ``{text}`` nor ``{text_file}``, the text is written to the program's stdin
  (piper: ``piper --model zh_CN-huayan-medium.onnx --output_file {out}.wav``).

Output that is not MP3 (WAV, AIFF...) is converted with ffmpeg (or lame, for WAV) when
installed; otherwise the engine is unavailable with a message saying what to install. We
do not bundle a converter: a clear error beats a silent fallback.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from flashcards.audio.engine import ClipFailed, EngineUnavailable
from flashcards.audio.mp3 import mp3_problem
from flashcards.audio.template import fill, parse_template, placeholders, protect_text
from flashcards.audio.settings import AudioSettings
from flashcards.programs import ProgramFailed, ProgramMissing, run_program

_OUT_STEM = "clip"
_TEXT_FILE = "text.txt"
_CONVERTED = "converted.mp3"
_SIGNATURES = ((b"RIFF", "WAV"), (b"FORM", "AIFF"), (b"OggS", "Ogg"), (b"fLaC", "FLAC"), (b"caff", "CAF"))


class CommandEngine:
    """Runs a user-given TTS program once per clip."""

    name = "command"
    unavailable: str | None = None  # known only once a clip is asked for

    def __init__(self, template: str) -> None:
        self.args, self._guard = protect_text(parse_template(template))
        self._names = placeholders(self.args)
        # The template holds the voice, model and speed: all of it shapes the audio.
        self.key = f"command|{template}"

    @classmethod
    def from_settings(cls, settings: AudioSettings) -> CommandEngine:
        assert settings.command is not None  # AudioSettings checks this for engine=command
        return cls(settings.command)

    async def synthesize(self, text: str) -> bytes:
        with tempfile.TemporaryDirectory(prefix="flashcards-tts-") as tmp:
            work = Path(tmp)
            shown = " " + text if self._guard and text.startswith("-") else text
            values = {"text": shown, "out": str(work / _OUT_STEM)}
            if "text_file" in self._names:
                values["text_file"] = str(work / _TEXT_FILE)
                Path(values["text_file"]).write_text(text, encoding="utf-8")
            stdin = None if self._names & {"text", "text_file"} else text.encode("utf-8")
            await _run(fill(self.args, values), stdin, work)
            output = _find_output(work)
            data = output.read_bytes()
            if not data:
                raise ClipFailed("the audio command wrote an empty file")
            problem = mp3_problem(data)
            if problem is None:
                return data
            if data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
                raise ClipFailed(f"the audio command wrote a broken MP3 ({problem})")
            return await _to_mp3(output, _sniff(data), work)


def _sniff(data: bytes) -> str:
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return kind
    return "M4A" if data[4:8] == b"ftyp" else "an unknown format"


def _find_output(work: Path) -> Path:
    found = [p for p in work.iterdir() if p.name == _OUT_STEM or p.name.startswith(_OUT_STEM + ".")]
    if not found:
        raise ClipFailed("the audio command wrote no file at {out}")
    if len(found) > 1:
        raise ClipFailed(f"the audio command wrote several files: {', '.join(p.name for p in found)}")
    return found[0]


async def _to_mp3(source: Path, kind: str, work: Path) -> bytes:
    target = work / _CONVERTED
    ffmpeg, lame = shutil.which("ffmpeg"), shutil.which("lame")
    if ffmpeg:
        argv = [ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", str(source)]
        argv += ["-vn", "-ac", "1", "-codec:a", "libmp3lame", "-q:a", "5", str(target)]
    elif lame and kind == "WAV":
        argv = [lame, "--quiet", str(source), str(target)]
    else:
        raise EngineUnavailable(
            f"the audio command wrote {kind}, not MP3, and no converter is installed: "
            "install ffmpeg, or make the command write MP3"
        )
    await _run(argv, None, work)
    data = target.read_bytes() if target.exists() else b""
    problem = mp3_problem(data)
    if problem is not None:
        raise ClipFailed(f"converting {kind} to MP3 failed ({problem})")
    return data


async def _run(argv: list[str], stdin: bytes | None, cwd: Path) -> None:
    """Run ``argv`` (no shell); ClipFailed on a non-zero exit, killed if we are cancelled."""
    try:
        await run_program(argv, stdin, what="audio command", cwd=cwd)
    except ProgramMissing as exc:
        raise EngineUnavailable(str(exc)) from exc
    except ProgramFailed as exc:
        raise ClipFailed(str(exc)) from exc
