import sys

try:
    from flashcards.cli import entry
except KeyboardInterrupt:  # Ctrl-C while starting up: the same one line as later
    print("flashcards: error: interrupted", file=sys.stderr)
    sys.exit(130)

entry()
