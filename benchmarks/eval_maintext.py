"""Boilerplate and recall on real Chinese web pages: the whole page vs its extracted article.

    python benchmarks/eval_maintext.py PAGES_DIR [--pages benchmarks/maintext_pages.json]

PAGES_DIR holds the saved pages named in the manifest (``maintext_pages.json``: file name,
where it is published, CSS selectors of its article). The pages are not in this repository
(their text belongs to the sites) and this script fetches nothing: copy them out of the two
public repositories the manifest names (adbar/trafilatura ``tests/eval/``, GeneralNewsExtractor
``tests/<site>/<n>.html``, saved under the manifest's file name).

Per page and per method it prints, over the deck's headwords (distinct hanzi words after our
sentence split and segmentation):

* ``boiler``: share of the headwords that occur nowhere in the article (nor its title): words
  only menus, related links, comments and footers brought in;
* ``recall``: share of the article's own headwords that the method kept.

Methods: ``page`` (the whole page, today's ``--format html-all``), ``trafilatura`` (its
defaults, comments off; it is not a dependency: an empty column without it) and
``readability`` (readability-lxml alone), each library's article read by our page reader, and
``product`` (what ``--format html`` does: readability-lxml, then link lists and boxes named
as related/share/breadcrumb/byline/disclaimer dropped). The class and id words of that last
step were chosen on these same pages: the ``product`` column is not a held-out figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def headwords(paragraphs: list[str]) -> set[str]:
    from flashcards.hanzi import is_hanzi_word
    from flashcards.sentences import Sentence, split_sentences
    from flashcards.tokens import count_words, tokenize

    sentences = [Sentence(s, "page", i) for i, s in enumerate(s for p in paragraphs for s in split_sentences(p))]
    return {w for w in count_words(tokenize(sentences)) if is_hanzi_word(w)}


def gold(markup: str, article: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """The article's paragraphs and the title's, from the manifest's selectors."""
    from selectolax.lexbor import LexborHTMLParser

    from flashcards.formats.webpage import parse_page

    tree = LexborHTMLParser(markup)
    body = [p for selector in article for node in tree.css(selector) for p in parse_page(node.html or "").paragraphs]
    heading = [] if title is None else [p for node in tree.css(title)[:1] for p in parse_page(node.html or "").paragraphs]
    return body, heading


def methods(markup: str, data: bytes) -> dict[str, list[str]]:
    import contextlib
    import io

    from readability import Document

    from flashcards.formats.webpage import parse_page, read_html, visible_markup

    visible = visible_markup(markup)
    try:  # the library compared against, not a dependency: pip install trafilatura
        import trafilatura
    except ImportError:
        extracted = None
    else:
        extracted = trafilatura.extract(visible, output_format="html", include_comments=False)
    with contextlib.redirect_stderr(io.StringIO()):
        product = [p.text for p in read_html(data, "page.html")]
    return {
        "page": parse_page(markup).paragraphs,
        "trafilatura": parse_page(extracted).paragraphs if extracted else [],
        "readability": parse_page(Document(visible).summary()).paragraphs,
        "product": product,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages_dir", type=Path)
    parser.add_argument("--pages", type=Path, default=ROOT / "benchmarks" / "maintext_pages.json")
    args = parser.parse_args(argv)
    from flashcards.formats.webpage import decode_html

    manifest = json.loads(args.pages.read_text(encoding="utf-8"))["pages"]
    names = ("page", "trafilatura", "readability", "product")
    print(f"{'page':44} {'words':>5} " + " ".join(f"{n[:11]:>11}b {'':>1}r" for n in names))
    table: dict[str, list[tuple[float, float]]] = {n: [] for n in names}
    for entry in manifest:
        path = args.pages_dir / entry["file"]
        if not path.exists():
            print(f"{entry['file']}: missing, skipped", file=sys.stderr)
            continue
        data = path.read_bytes()
        markup = decode_html(data)
        body, heading = gold(markup, entry["article"], entry.get("title"))
        article = headwords(body)
        allowed = article | headwords(heading)
        cells = []
        for name, paragraphs in methods(markup, data).items():
            words = headwords(paragraphs)
            boiler = len(words - allowed) / len(words) if words else 0.0
            recall = len(words & article) / len(article)
            table[name].append((boiler, recall))
            cells.append(f"{boiler:>6.0%} {recall:>5.0%}")
        print(f"{entry['file'][:44]:44} {len(article):>5} " + "  ".join(cells))
    print(f"{'median':44} {'':>5} " + "  ".join(
        f"{statistics.median(b for b, _ in rows):>6.0%} {statistics.median(r for _, r in rows):>5.0%}" for rows in table.values()))
    print(f"{'worst':44} {'':>5} " + "  ".join(
        f"{max(b for b, _ in rows):>6.0%} {min(r for _, r in rows):>5.0%}" for rows in table.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
