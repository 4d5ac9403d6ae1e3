from __future__ import annotations

import pytest

from hybrid.figures import Evidence, allowed_figures, fact_spans, figure_spans, misattributed

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "kind", "figure", "value"),
    [
        ("It costs $1,299.00 now.", "price", "$1,299.00", (1299.0, "USD")),
        ("Your return ticket starts at 14.50 euros.", "price", "14.50 euros", (14.5, "EUR")),
        ("Pay EUR 20 or 14,50 € at the door.", "price", "EUR 20", (20.0, "EUR")),
        ("It shall not exceed five hundred euro per day.", "price", "five hundred euro", (500.0, "EUR")),
        ("Raised $3m this year.", "price", "$3m", (3_000_000.0, "USD")),
        ("Rates rise 5 percent.", "percent", "5 percent", 5.0),
        ("Opens at 9:00 a.m. daily.", "time", "9:00 a.m.", (9, 0)),
        ("Closes at 2 pm.", "time", "2 pm", (14, 0)),
        ("The ferry does 13 knots.", "quantity", "13 knots", (13.0, "knot")),
        ("It stores 1.2 MWh.", "quantity", "1.2 MWh", (1.2, "MWh")),
        ("Screws of 45mm only.", "quantity", "45mm", (45.0, "mm")),
        ("Heights of 60-128 cm fit.", "quantity", "60-128 cm", ((60.0, 128.0), "cm")),
        ("Refunds within six (6) hours.", "quantity", "six (6) hours", (6.0, "hour")),
        ("We hired twenty-four people.", "number", "twenty-four", 24.0),
        ("It sold 1.2 million units.", "number", "1.2 million", 1_200_000.0),
    ],
)
def test_each_figure_has_a_kind_and_a_comparable_value(text, kind, figure, value):
    spans = figure_spans(text)
    assert (spans[0].kind, spans[0].text, spans[0].value) == (kind, figure, value)


def test_ordinals_versions_and_words_that_hold_digits_are_not_figures():
    assert [s.text for s in fact_spans("The 21st release of v2.3 adds 5G to the A4.") if s.kind != "name"] == []


@pytest.mark.parametrize(
    ("draft", "source", "supported"),
    [
        ("£2.50", "A coffee costs €2.50.", False),
        ("€2.50", "A coffee costs 2,50 euros.", True),
        ("13.7 km/h", "The ferry sails at 13 knots.", False),
        ("13 km/h", "The ferry sails at 13 knots.", False),
        ("13 kn", "The ferry sails at 13 knots.", True),
        ("14:00", "The desk closes at 2 p.m.", True),
        ("five hundred euro", "Claims are capped at 500 EUR.", True),
        ("5%", "Prices rise 5 percent.", True),
        ("5%", "Prices rise 5 euros.", False),
        ("128 cm", "Heights of 60-128 cm fit.", True),
        ("60 to 128 centimetres", "Heights of 60-128 cm fit.", True),
        ("60-130 cm", "Heights of 60-128 cm fit.", False),
        ("six (6) hours", "Replies take less than 6 hours.", True),
    ],
)
def test_a_price_needs_its_currency_and_a_quantity_its_unit(draft, source, supported):
    (span,) = figure_spans(draft)
    assert Evidence.of([source]).supports(span) is supported


def test_a_bare_number_is_supported_by_any_figure_with_that_value():
    evidence = Evidence.of(["A single fare costs 14.50 euros; the ferry does 13 knots."])
    assert all(evidence.supports(s) for s in fact_spans("Fares: 14.50 and 13.0"))


SOURCES = [
    "A single fare costs 14.50 euros; a return costs 25 euros.",
    "Refunds are limited to 500 euros per claim. Late fees may not exceed 50 euros per day.",
]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Your return ticket starts at 14.50 euros.", ["14.50 euros"]),  # the single fare, stated of a return
        ("Late fees shall not exceed five hundred euro per day.", ["five hundred euro"]),  # the refund limit moved
        ("A single ticket is 25 euros.", ["25 euros"]),
        # the same figures restated in other words
        ("One-way travel is priced at 14.50 euros.", []),
        ("A single fare is 14.50 euros, and a return 25 euros.", []),
        ("Each claim is refunded up to five hundred euros.", []),
        ("Late fees are capped at 50 euros a day.", []),
        # invented figures are unsupported claims, not misattributed ones
        ("A return costs 30 euros.", []),
    ],
)
def test_a_figure_stated_of_another_thing_is_misattributed(sentence, flagged):
    assert [s.text for s in misattributed(sentence, SOURCES)] == flagged


def test_allowed_figures_are_the_figures_as_written_and_normalised():
    allowed = allowed_figures(["It costs $1,299.00 from 2026-04-01; five hundred more at 14:30, 6 (six) hours."])
    assert {"1,299.00", "1299.00", "1299", "1,299", "2026-04-01", "2026", "04", "14:30", "6", "500"} <= set(allowed)
    assert "five hundred" in allowed and "14.5" not in allowed


def test_a_source_sentence_restated_as_is_is_never_misattributed():
    # Measured on the sample company: 1 of 2,963 verbatim source sentences was flagged
    # ("uptime for February 2026 was 99.60%") when only the source side let a date end a clause.
    source = (
        "- US-region uptime for February 2026 was **99.60%**, below the 99.9% Business commitment "
        "and the 99.95% Enterprise commitment in the Fleet SLA.\n\nThe SLA promises 99.9% uptime for Business."
    )
    restated = (
        "US-region uptime for February 2026 was 99.60%, below the 99.9% Business commitment "
        "and the 99.95% Enterprise commitment in the Fleet SLA."
    )
    assert misattributed(restated, [source]) == []
    # the check still sees a figure moved onto another thing in the same sentence shape
    moved = "US-region uptime for February 2026 was 99.9%, below the 99.60% Business commitment."
    assert [s.text for s in misattributed(moved, [source])] != []


def test_a_source_wrapped_over_lines_restated_on_one_line_is_not_misattributed():
    # Read in a uv draft: "... cache package metadata\nfor 10 minutes" restated verbatim was
    # flagged, because the line break ended the figure's clause on the source side only.
    source = (
        "PyPI serves package metadata with a `max-age=600` header, thereby allowing uv to cache package metadata\n"
        "for 10 minutes; and wheels with a `max-age=365000000, immutable` header."
    )
    restated = (
        "PyPI serves package metadata with a max-age=600 header, thereby allowing uv to cache package metadata "
        "for 10 minutes; and wheels with a max-age=365000000, immutable header."
    )
    assert misattributed(restated, [source]) == []
    moved = "PyPI serves wheels with a max-age=600 header, allowing uv to cache package metadata for 10 minutes."
    assert [s.text for s in misattributed(moved.replace("600", "365000000"), [source])] != []
