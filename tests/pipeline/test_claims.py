from __future__ import annotations

import pytest

from hybrid.pipeline.claims import Evidence, unsupported_claims

pytestmark = pytest.mark.unit

EVIDENCE = Evidence.of(
    [
        "On March 3, 2026 the Atlas Pro moved from $999 to $1,079, effective 2026-04-01.",
        "The Halcyon Care plan covers 10 years; 14% of returns are in Q2 2026.",
    ]
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in unsupported_claims(text, EVIDENCE)]


def test_supported_values_match_in_other_spellings():
    text = (
        "From April 1, 2026 [1] the Atlas Pro costs $1079.00, up from 999 dollars. "
        "Announced in March 2026 and on March 3rd, it keeps Halcyon Care for 10 years, 14 % in Q2 2026."
    )
    assert kinds(text) == []


def test_invented_prices_dates_percents_numbers_and_names_are_flagged():
    text = "The Orion Max costs $1,299 on 2026-05-04, 15% off, and 250 units ship by June 9th."
    assert kinds(text) == [
        ("date", "2026-05-04"),
        ("date", "June 9th"),
        ("price", "$1,299"),
        ("percent", "15%"),
        ("number", "250"),
        ("name", "Orion Max"),
    ]


def test_citation_markers_and_small_counts_are_not_claims():
    assert kinds("Follow these 3 steps [1][2].") == []


def test_each_claim_carries_its_sentence():
    (claim,) = unsupported_claims("Fine. The Vega arm holds 9 kg or 12 kg.", Evidence.of(["The Vega arm holds 9 kg."]))
    assert (claim.kind, claim.text) == ("quantity", "12 kg")
    assert claim.sentence == "The Vega arm holds 9 kg or 12 kg."


FARES = Evidence.of(["A single fare costs 14.50 euros; a return costs 25 euros. The ferry sails at 13 knots."])


@pytest.mark.parametrize(
    ("draft", "claim"),
    [
        ("Tickets cost £14.50.", ("price", "£14.50")),  # a currency no source uses
        ("The ferry sails at 13.7 km/h.", ("quantity", "13.7 km/h")),  # another unit, another value
        ("The ferry sails at 13 km/h.", ("quantity", "13 km/h")),  # the value alone is not enough
        ("A day pass costs thirty euros.", ("price", "thirty euros")),  # spelled out
        ("Fares shall not exceed five hundred euro per day.", ("price", "five hundred euro")),
        ("Boarding closes at 2 pm.", ("time", "2 pm")),
        ("Delays of twenty-four hours are refunded.", ("quantity", "twenty-four hours")),
    ],
)
def test_invented_figures_in_any_spelling_are_flagged(draft, claim):
    assert [(c.kind, c.text) for c in unsupported_claims(draft, FARES)] == [claim]


def test_sourced_figures_in_other_spellings_pass():
    draft = "A return is twenty-five euros and a single fare EUR 14.50; the ferry makes 13 kn."
    assert unsupported_claims(draft, FARES) == []
