from __future__ import annotations

import pytest

from hybrid.knowledge.chunking import Chunker
from tests.knowledge.conftest import long_markdown

pytestmark = pytest.mark.unit


def words(text: str) -> int:
    return len(text.split())


def test_offsets_quote_the_source_exactly():
    text = long_markdown()
    chunks = Chunker(words, 40, 5).split(text)
    assert len(chunks) >= 5
    for c in chunks:
        assert text[c.start_char : c.end_char] == c.text


def test_chunks_fit_the_size_and_keep_their_heading():
    text = long_markdown()
    chunks = Chunker(words, 40, 5).split(text)
    assert all(words(c.text) <= 40 for c in chunks)
    section3 = [c for c in chunks if "Rule 3." in c.text]
    assert section3 and all(c.heading.endswith("Section 3") for c in section3)


def test_offset_argument_shifts_positions():
    text = "# T\n\nOne sentence here. Another one there."
    base = Chunker(words, 40, 5).split(text)
    shifted = Chunker(words, 40, 5).split(text, offset=100)
    assert [c.start_char + 100 for c in base] == [c.start_char for c in shifted]


def test_blank_text_gives_no_chunks():
    assert Chunker(words, 40, 5).split("  \n\n ") == []


def test_a_heading_with_no_text_of_its_own_makes_no_chunk():
    text = "# Fleet FAQ\n\n## Billing\n\nSeats cost $11 a month.\n"
    chunks = Chunker(words, 40, 5).split(text)
    assert [c.heading for c in chunks] == ["Fleet FAQ/Billing"]
    assert chunks[0].text.startswith("## Billing")
