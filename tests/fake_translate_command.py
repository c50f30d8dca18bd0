"""A tiny local "translator" for the command engine's tests.

Prints ``EN[<text>]`` where the text is its last argument, or stdin with ``--stdin``.
``--fail`` exits 3 with a message; ``--silent`` prints nothing. It also records its argv
(JSON, one line per run) in $FAKE_TRANSLATE_LOG when set, so tests can check that the
text arrived as exactly one argument after ``--``.
"""

import json
import os
import sys

args = sys.argv[1:]
log = os.environ.get("FAKE_TRANSLATE_LOG")
if log:
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(args, ensure_ascii=False) + "\n")
options = args[: args.index("--")] if "--" in args else [a for a in args if a.startswith("--")]
if "--fail" in options:
    print("model not found", file=sys.stderr)
    sys.exit(3)
if "--silent" in options:
    sys.exit(0)
text = sys.stdin.read() if "--stdin" in options else args[-1]
print(f"EN[{text.strip()}]")
