"""The cache of derived tables (helpers.language.derived): built once, read back, rebuilt when its key changes."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.language import derived
from helpers.resources import NLTK_DATA_DIR


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    monkeypatch.setattr(derived, "CACHE_DIR", tmp_path / "derived")
    return tmp_path / "derived"


def _counting_build(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read(cache_in):
    build, calls = _counting_build({"talk": 3})
    assert derived.cached("table", "key 1", build) == {"talk": 3}
    assert derived.cached("table", "key 1", build) == {"talk": 3}
    assert calls == [1]
    assert derived.cache_path("table").parent == cache_in


def test_rebuilt_when_the_key_changes(cache_in):
    build, calls = _counting_build([1, 2])
    derived.cached("table", "key 1", build)
    derived.cached("table", "key 2", build)
    derived.cached("table", "key 2", build)
    assert calls == [1, 1]


@pytest.mark.parametrize("damage", [b"", b"not json", b'{"key": "key", "val', b'["key", "value"]', b'{"key": "key"}',
                                    b"\x80\x05garbage"],
                         ids=["empty", "text", "truncated", "not an object", "no value", "binary"])
def test_damaged_file_is_rebuilt_and_replaced(cache_in, damage):
    build, calls = _counting_build("value")
    derived.cached("table", "key", build)
    derived.cache_path("table").write_bytes(damage)
    assert derived.cached("table", "key", build) == "value"
    assert derived.cached("table", "key", build) == "value"
    assert calls == [1, 1]


def test_unwritable_folder_costs_time_not_results(cache_in):
    """A file where the cache folder should be: every call builds, none fails, no stray temporary file."""
    cache_in.parent.mkdir(exist_ok=True)
    cache_in.write_text("a file, not a folder")
    build, calls = _counting_build(42)
    assert derived.cached("table", "key", build) == 42
    assert derived.cached("table", "key", build) == 42
    assert calls == [1, 1]


def test_no_temporary_file_left_behind(cache_in):
    derived.cached("table", "key", lambda: "value")
    assert [p.name for p in cache_in.iterdir()] == ["table.json"]


def test_files_key_follows_size_and_time(tmp_path):
    path = tmp_path / "corpus.zip"
    path.write_bytes(b"one")
    first = derived.files_key([path])
    path.write_bytes(b"three")
    assert derived.files_key([path]) != first
    os.utime(path, ns=(0, 0))
    assert derived.files_key([path]) != first


def test_source_key_is_a_hash_of_the_modules_source():
    """The key is the hash of the modules' files, so editing a rule changes it (and rebuilds the table)."""
    import hashlib

    from helpers.language import lemmas

    expected = hashlib.sha256(Path(lemmas.__file__).read_bytes()).hexdigest()[:16]
    assert derived.source_key("helpers.language.lemmas") == expected
    assert derived.source_key("helpers.words.frequency") != expected


def test_cache_lives_with_the_nltk_data():
    """Under `.nltk_data/`, which git ignores, like the corpora it is derived from."""
    assert derived.CACHE_DIR.is_relative_to(NLTK_DATA_DIR)


def test_encode_and_decode_round_trip_tables_json_cannot_hold(cache_in):
    """Sets and tuples go through encode/decode; what comes back from the file equals what was built."""
    table = {"n": frozenset({"goose", "talk"})}

    def encode(value):
        return {pos: sorted(names) for pos, names in value.items()}

    def decode(stored):
        return {pos: frozenset(names) for pos, names in stored.items()}

    assert derived.cached("sets", "key", lambda: table, encode, decode) == table
    assert derived.cached("sets", "key", lambda: {}, encode, decode) == table  # read back, not rebuilt


def test_cache_files_are_json_not_pickle(cache_in):
    derived.cached("table", "key", lambda: {"talk": 3})
    text = derived.cache_path("table").read_text(encoding="utf-8")
    assert text.startswith("{") and '"talk":3' in text
