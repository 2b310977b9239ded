"""Shared fixtures: the seed article, its gold annotations, and where the shared material is."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.resources import PROJECT_ROOT, SEED_ARTICLE

SEED = SEED_ARTICLE
SHARED = PROJECT_ROOT.parent / "shared"
GOLD = SHARED / "gold" / "putin-xi-beijing.json"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    if not GOLD.exists():
        pytest.skip(f"gold annotations not found at {GOLD}")
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_document():
    from helpers.views.notebook import open_document

    return open_document(SEED)
