import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "decks" / "texts"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Each test session gets its own cache dir: tests never read a user's caches."""
    os.environ.setdefault("FLASHCARDS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def sample_text() -> Path:
    return TEXTS / "industrial_internet.txt"
