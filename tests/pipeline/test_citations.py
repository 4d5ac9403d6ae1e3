from __future__ import annotations

import hashlib

import pytest

from hybrid.pipeline.citations import check_citations
from hybrid.types import Passage

pytestmark = pytest.mark.unit

SOURCE = "# Atlas\n\nThe Atlas Pro costs $1,079 from April 1. It lifts at 38 mm/s. Version 2026.2 shipped."


def passage(i: int, text: str, start: int = 0) -> Passage:
    return Passage(
        id=f"p{i}",
        text=text,
        source=f"doc{i}.md",
        start_char=start,
        end_char=start + len(text),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def test_valid_markers_resolve_to_the_supporting_sentence_with_exact_offsets():
    body = SOURCE[9:]
    p = passage(1, body, start=9)
    text, cites, removed = check_citations("The desk lifts at 38 mm/s [1].", [p])
    assert text == "The desk lifts at 38 mm/s [1]." and removed == []
    (c,) = cites
    assert c.passage_id == "p1" and c.quote == "It lifts at 38 mm/s."
    assert SOURCE[c.start_char : c.end_char] == c.quote
    assert c.sentence == "The desk lifts at 38 mm/s."


def test_markers_pointing_at_no_passage_are_removed_and_reported():
    ps = [passage(1, "A."), passage(2, "B.")]
    text, cites, removed = check_citations("One [1]. Two [7]. Three [2, 9].", ps)
    assert text == "One [1]. Two. Three [2]."
    assert [c.marker for c in cites] == [1, 2]
    assert [r.marker for r in removed] == ["[7]", "[9]"]
    assert "1-2" in removed[0].reason


def test_ranges_and_lists_expand():
    ps = [passage(i, f"Fact {i}.") for i in range(1, 4)]
    _, cites, removed = check_citations("All of them [1-3].", ps)
    assert [c.marker for c in cites] == [1, 2, 3] and removed == []


def test_with_no_passages_every_marker_is_removed():
    text, cites, removed = check_citations("It costs $5 [1].", [])
    assert text == "It costs $5." and cites == [] and "no passages" in removed[0].reason


def test_decimal_points_do_not_split_sentences():
    p = passage(1, SOURCE)
    _, (c,), _ = check_citations("Version 2026.2 is out [1].", [p])
    assert c.quote == "Version 2026.2 shipped."


def test_unmarked_figures_get_an_attributed_citation_to_the_passage_stating_them():
    from hybrid.pipeline.citations import attribute

    ps = [passage(1, "The Orion chair costs $499."), passage(2, "The Atlas Go ships January 12, 2027 at $449.")]
    text, added = attribute("Big news! The Atlas Go ships on January 12, 2027 for $449. Cheers [1].", ps)
    assert text == "Big news! The Atlas Go ships on January 12, 2027 for $449 [2]. Cheers [1]."
    (c,) = added
    assert (c.marker, c.origin, c.passage_id) == (2, "attributed", "p2")
    assert c.quote == "The Atlas Go ships January 12, 2027 at $449."


def test_sentences_whose_figures_no_passage_states_get_no_citation():
    from hybrid.pipeline.citations import attribute

    text, added = attribute("It costs $12,345. The Atlas is great.", [passage(1, "The Atlas costs $999.")])
    assert text == "It costs $12,345. The Atlas is great." and added == []


def test_a_quote_spans_a_wrapped_line_but_not_a_heading():
    text = "## Launch\nThe Atlas Go goes on\nsale on January 12, 2027 at $449.\n\n- It folds flat."
    p = passage(1, text, start=50)
    _, (c,), _ = check_citations("It ships January 12, 2027 for $449 [1].", [p])
    assert c.quote == "The Atlas Go goes on\nsale on January 12, 2027 at $449."
    assert text[c.start_char - 50 : c.end_char - 50] == c.quote
