from __future__ import annotations

import pytest

from hybrid.errors import HybridError
from hybrid.knowledge.filters import FilterError, matches, normalise, to_chroma_where

pytestmark = pytest.mark.unit

META = {"department": "marketing", "source": "docs/orion.md", "year": 2026}


def test_a_scalar_or_any_sequence_means_the_same_accepted_set():
    want = {"department": frozenset({"marketing", "legal"})}
    for value in (
        ["marketing", "legal"],
        ("legal", "marketing"),
        {"marketing", "legal"},
        frozenset(["legal", "marketing"]),
    ):
        assert normalise({"department": value}) == want
    assert normalise({"department": "marketing"}) == {"department": frozenset({"marketing"})}
    assert normalise(None) == normalise({}) == {}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"department": "marketing"}, True),
        ({"department": ["legal", "marketing"]}, True),
        ({"department": frozenset({"legal"})}, False),
        ({"department": "marketing", "year": 2026}, True),
        ({"department": "marketing", "year": 2025}, False),
        ({"missing": "x"}, False),
        ({}, True),
    ],
)
def test_every_field_must_hold_an_accepted_value(filters, expected):
    assert matches(META, filters) is expected


@pytest.mark.parametrize("bad", [{"$gte": 3}, None, [], ["ok", {"$ne": 1}], object()])
def test_anything_but_values_is_refused_naming_the_field(bad):
    with pytest.raises(FilterError, match="'department'") as info:
        normalise({"department": bad})
    assert isinstance(info.value, HybridError) and isinstance(info.value, ValueError)


def test_chroma_where_says_the_same_thing():
    assert to_chroma_where(None) is None and to_chroma_where({}) is None
    assert to_chroma_where({"department": "legal"}) == {"department": {"$eq": "legal"}}
    assert to_chroma_where({"department": ("legal", "sales")}) == {"department": {"$in": ["legal", "sales"]}}
    assert to_chroma_where({"department": {"sales", "legal"}, "year": 2026}) == {
        "$and": [{"department": {"$in": ["legal", "sales"]}}, {"year": {"$eq": 2026}}]
    }
    with pytest.raises(FilterError, match="'date'"):
        to_chroma_where({"date": {"$gte": "2026-01-01"}})


def test_every_mode_refuses_an_operator_filter_the_same_way(make_knowledge, docs):
    k = make_knowledge()
    k.ingest([docs])
    for mode in ("hybrid", "dense", "bm25"):
        with pytest.raises(FilterError, match="'date'"):
            k.retrieve("Atlas", k=3, filters={"date": {"$gte": "2026-01-01"}}, mode=mode)
