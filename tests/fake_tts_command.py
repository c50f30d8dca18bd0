#!/usr/bin/env python3
"""Stands in for a local TTS program (say, piper) in the command-engine tests.

    fake_tts_command.py --log LOG [--format mp3|wav|empty|none|broken|fail] [--sleep S]
                        [--text-file F] --out PATH [-- TEXT ...]

Logs its argv and the text it got (argument, file or stdin) as one JSON line, then writes
PATH in the requested format. Text comes from the arguments after ``--``, else the
--text-file, else stdin.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mp3_samples import mp3_frames

WAV = b"RIFF" + (36).to_bytes(4, "little") + b"WAVEfmt " + bytes(24) + b"data" + bytes(4)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", required=True)
    parser.add_argument("--format", default="mp3")
    parser.add_argument("--sleep", type=float, default=0.0)
    parser.add_argument("--text-file")
    parser.add_argument("--out", required=True)
    parser.add_argument("text", nargs="*")
    args = parser.parse_args()
    if args.text:
        text, source = args.text, "argv"
    elif args.text_file:
        with open(args.text_file, encoding="utf-8") as handle:
            text, source = handle.read(), "file"
    else:
        text, source = sys.stdin.read(), "stdin"
    with open(args.log, "a", encoding="utf-8") as log:
        log.write(json.dumps({"argv": sys.argv[1:], "text": text, "source": source}, ensure_ascii=False) + "\n")
    time.sleep(args.sleep)
    if args.format == "fail":
        print("fake engine: voice model missing", file=sys.stderr)
        return 3
    if args.format == "none":
        return 0
    data = {
        "mp3": mp3_frames(5, seed=json.dumps(text)),
        "wav": WAV,
        "empty": b"",
        "broken": mp3_frames(5)[:-20],
    }[args.format]
    with open(args.out, "wb") as out:
        out.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
