"""The closed sets of names a learner picks from, for stages whose modules are heavy to load.

A leaf that imports nothing: the CLI shows and checks these choices (``--help``, usage
errors) without loading the note builder, the selection or the course stage, which import
their set from here. Sets whose module is already a leaf stay there: HSK standards
(``hsk.NAMES``), pinyin styles (``pinyin.LEARNER_STYLES``), scripts (``script.DISPLAY_CHOICES``),
tone palettes (``notetypes.TONE_PALETTES``), input formats (``formats.names()``), audio and
translation engines (their ``settings.ENGINES``).
"""

from __future__ import annotations

#: Card kinds a deck can have (``notes``).
CARD_TYPES = ("recognition", "production", "listening", "cloze", "sentence")
DEFAULT_CARDS = ("recognition", "production", "listening", "cloze")
#: What a cloze gap shows (``notes``).
CLOZE_HINTS = ("meaning", "pinyin", "none")
#: The order words become cards in (``selection``).
ORDERS = ("frequency", "appearance", "level", "coverage")
#: Handout formats of ``set export`` (``course``).
EXPORT_FORMATS = ("tsv", "csv")
