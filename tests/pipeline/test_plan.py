"""Plan: which source sentences an attributed draft restates."""

from __future__ import annotations

import pytest

from hybrid.pipeline.spec import DraftSpec
from hybrid.pipeline.stages.plan import identifiers, plan
from hybrid.types import Passage

pytestmark = pytest.mark.unit


def passage(n: int, text: str, source: str = "notes.md") -> Passage:
    return Passage(id=f"p{n}", text=text, source=source, start_char=0, end_char=len(text), content_hash=str(n))


def test_identifiers_are_versions_and_codes_not_prices_or_dates():
    assert identifiers("Write the changelog for Gizmo 2.1.0 and the HC-2, see E09") == {"2.1.0", "hc-2", "e09"}
    assert identifiers("It costs $1,149 from April 1, 2026 and lifts at 38 mm/s.") == set()


def test_the_version_the_request_names_is_planned_before_its_neighbours():
    # Every word of the 2.1.1 lines is a word of the request too; only the version tells them apart.
    notes = passage(
        1,
        "## Gizmo 2.1.1\n\nGizmo firmware fixes the pairing timeout for remote buttons.\n\n"
        "## Gizmo 2.1.0\n\nGizmo firmware adds quiet mode for remote buttons.\n",
    )
    spec = DraftSpec(request="Write the changelog entry for Gizmo firmware 2.1.0", department="engineering")
    ranked = sorted(plan(spec, [notes]).sentences, key=lambda s: -s.score)
    assert ranked[0].text == "Gizmo firmware adds quiet mode for remote buttons."


def test_a_plan_keeps_to_its_kind_of_documents_budget_and_drops_near_duplicates():
    facts = [
        f"The Gizmo remote {w} costs ${n}.00 at launch."
        for n, w in zip(range(10, 30), "abcdefghijklmnopqrst", strict=True)
    ]
    shown = [passage(1, " ".join(facts)), passage(2, facts[0], "copy.md")]
    spec = DraftSpec(request="Write a social post about the Gizmo remote prices", department="marketing")
    planned = plan(spec, shown)
    assert len(planned.sentences) == planned.budget == 4
    assert len({s.text for s in planned.sentences}) == 4  # the copy in copy.md is not planned twice


def test_a_pointer_to_other_documentation_is_not_planned_and_a_command_is_with_its_lead_in():
    text = (
        "## Upgrading locked versions\n\nTo upgrade all packages:\n\n```console\n$ uv lock --upgrade\n```\n\n"
        "See the documentation on upgrading locked package versions for details.\n\n"
        "For more information, see the lockfile reference.\n"
    )
    spec = DraftSpec(request="Explain how to upgrade locked package versions", department="engineering")
    planned = plan(spec, [passage(1, text)]).sentences
    assert [(s.text, s.header) for s in planned] == [
        ("```console\n$ uv lock --upgrade\n```", "To upgrade all packages:")
    ]


def test_a_sentence_about_another_version_is_a_distractor_in_this_versions_entry():
    notes = passage(
        1,
        "## Gizmo 2.2.0\n\nGizmo firmware 2.2.0 rolls out to remote buttons this spring.\n\n"
        "## Gizmo 2.1.0\n\nGizmo firmware adds quiet mode for remote buttons.\n\n"
        "Remote buttons from 2.1.0 on pair in 3 seconds.\n",
    )
    spec = DraftSpec(request="Write the changelog entry for Gizmo firmware 2.1.0", department="engineering")
    planned = [s.text for s in plan(spec, [notes]).sentences]
    assert planned == [
        "Gizmo firmware adds quiet mode for remote buttons.",
        "Remote buttons from 2.1.0 on pair in 3 seconds.",
    ]


def test_code_a_chunk_boundary_cut_and_a_read_on_pointer_are_not_planned():
    cut_at_start = (
        "        run: uv cache prune --ci\n```\n\nThe prune command keeps the uv cache small on CI runners.\n\n"
    )
    cut_at_end = 'Define the workspace members in pyproject:\n\n```toml\n[project]\nname = "albatross"\nversion = "0.1.'
    shown = [
        passage(1, cut_at_start + "Or, read on to learn how to run and install tools with uv.\n"),
        passage(3, "uv.sources` cache table.\n\nThe uv cache is kept small on CI runners by pruning.\n"),
        passage(2, cut_at_end),
    ]
    spec = DraftSpec(request="Explain how uv keeps its cache small on CI runners", department="engineering")
    planned = [s.text for s in plan(spec, shown).sentences]
    assert planned == [
        "The prune command keeps the uv cache small on CI runners.",
        "The uv cache is kept small on CI runners by pruning.",
    ]


def test_an_faq_answer_is_planned_with_its_question_and_a_question_alone_never():
    # Planned alone, "Can I bring a bike?" was restated with an answer the model made up,
    # and "Yes, for €4 each way." said nothing of what it answered.
    faq = passage(
        1,
        "# Ferry FAQ\n\n**Can I bring a bike?** Yes, for €4 each way. Bikes travel on the car deck.\n\n"
        "### Do I need to book a cabin?\n\nNo. Crossings under 3 hours have seats only.\n",
        "faq/ferry.md",
    )
    spec = DraftSpec(request="Reply to a passenger asking whether they can bring a bike", department="support")
    planned = plan(spec, [faq]).sentences
    texts = [s.text for s in planned]
    assert "**Can I bring a bike?** Yes, for €4 each way." in texts
    assert not any(t.rstrip("*").endswith("?") for t in texts)
    # The offsets still point at what a reviewer checks in the source file.
    first = next(s for s in planned if "bike" in s.text)
    assert faq.text[first.start_char : first.end_char] == first.text
    # The answer's later sentence is ranked with its question but restated alone.
    assert "Bikes travel on the car deck." in texts

    cabin = DraftSpec(request="Reply to a passenger asking whether a cabin is needed", department="support")
    heading_answer = [s.text for s in plan(cabin, [faq]).sentences if "cabin" in s.text.lower()]
    assert heading_answer == ["### Do I need to book a cabin?\n\nNo. Crossings under 3 hours have seats only."]


def test_a_heading_that_asks_without_a_question_mark_is_a_question_too():
    # rclone's FAQ titles its entries so: "### Can I copy the config from one machine to another".
    faq = passage(1, "### Can I take a dog on the ferry\n\nDogs travel free on the open deck, on a lead.\n")
    spec = DraftSpec(request="Reply to a passenger asking whether they can take a dog", department="support")
    assert [s.text for s in plan(spec, [faq]).sentences] == [faq.text.strip()]


def test_a_sentence_that_states_planned_figures_again_is_not_planned_twice():
    # Two documents of one ferry company both give the fare; the second adds one word.
    shown = [
        passage(1, "A single ticket from Oban to Mull costs €14.50 for adults on the ferry."),
        passage(2, "Adults pay €14.50 for a single ticket from Oban to Mull, online."),
        passage(3, "The ferry from Oban to Mull sails every 45 minutes in summer."),
    ]
    spec = DraftSpec(request="Write an email about the Oban to Mull ferry fares and sailings", department="marketing")
    texts = [s.text for s in plan(spec, shown).sentences]
    assert sum("€14.50" in t for t in texts) == 1
    assert any("45 minutes" in t for t in texts)
