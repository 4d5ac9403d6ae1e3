"""A source sentence read as the prose a draft restates."""

from __future__ import annotations

import pytest

from hybrid.pipeline.prose import plain, table_header

pytestmark = pytest.mark.unit

POLICY = (
    "## Approval limits\n\n"
    "| Amount per report | Approver |\n"
    "|---|:--|\n"
    "| up to $2,500 | your manager |\n"
    "| $2,500.01 – $10,000 | your VP |\n"
)


def test_a_table_row_is_read_with_its_column_names():
    row = POLICY.index("| up to")
    header = table_header(POLICY, row)
    assert header == "| Amount per report | Approver |"
    assert plain(POLICY[row:].split("\n")[0], header) == "Amount per report: up to $2,500; Approver: your manager."


def test_a_row_whose_table_header_was_cut_off_leads_with_its_first_cell():
    chunk = POLICY[POLICY.index("| up to") :]
    row = chunk.index("| $2,500.01")
    assert table_header(chunk, row) == ""
    assert plain("| $2,500.01 – $10,000 | your VP |") == "$2,500.01 – $10,000: your VP."


def test_a_header_with_another_number_of_cells_is_not_used():
    assert plain("| Walnut veneer | TOP-WAL | +$150 |", "| Finish | Code |") == "Walnut veneer: TOP-WAL, +$150."


def test_markdown_is_removed_from_prose():
    assert plain("- **Lift speed:** 38 mm/s") == "Lift speed: 38 mm/s"
    assert plain("1. Hold `RST` for 10 seconds.") == "Hold RST for 10 seconds."


def test_a_row_whose_last_cell_is_a_sentence_ends_once():
    header = "| Time | Event |"
    assert plain("| 14:02 | Deploy starts. |", header) == "Time: 14:02; Event: Deploy starts."


def test_a_wrapped_sentence_with_a_link_reads_as_one_line_of_prose():
    wrapped = "the lockfile\n    needs to be updated; see [upgrading versions](#upgrading-versions) for details."
    assert plain(wrapped) == "the lockfile needs to be updated; see upgrading versions for details."


def test_a_code_block_and_a_list_item_are_named_by_the_line_that_leads_into_them():
    from hybrid.pipeline.prose import lead_in

    doc = (
        "Some text. To upgrade a single package, while retaining the\nlocked versions of all others:\n\n"
        "```console\n$ uv lock --upgrade-package <package>\n```\n\n"
        "There are two ways:\n\n- pin it\n  in the file\n- pass --python\n\n## Next\n\n- lone item\n"
    )
    code = doc.index("```console")
    assert lead_in(doc, code) == "To upgrade a single package, while retaining the locked versions of all others:"
    assert plain(doc[code:].split("\n\n")[0], "To upgrade a single package:") == (
        "To upgrade a single package: $ uv lock --upgrade-package <package>"
    )
    assert lead_in(doc, doc.index("- pass")) == "There are two ways:"  # past the items above
    assert lead_in(doc, doc.index("- lone")) == ""  # a heading names it, not a lead-in


def test_a_sentence_said_inside_a_list_item_is_found_in_that_item():
    from hybrid.pipeline.prose import list_item_start

    doc = (
        "uv has escape hatches:\n\n- To clear one package, run `uv cache clean <p>`.\n"
        "  For example, `uv cache clean ruff` clears the\n  `ruff` package.\n"
        "- To force a refresh, pass `--refresh`. It revalidates everything.\n\n"
        "  A paragraph of the loose item.\n\n```console\n$ uv sync\n```\n\nA paragraph. Its second sentence.\n"
    )
    item = doc.index("- To clear")
    assert list_item_start(doc, doc.index("For example")) == item  # on the item's wrapped line
    assert list_item_start(doc, doc.index("It revalidates")) == doc.index("- To force")  # on its own line
    assert list_item_start(doc, doc.index("A paragraph of")) == doc.index("- To force")  # a loose item's
    assert list_item_start(doc, item) is None  # the item's first sentence is the item
    assert list_item_start(doc, doc.index("$ uv sync")) is None
    assert list_item_start(doc, doc.index("Its second")) is None  # not in a list


def test_an_faq_heading_planned_with_its_answer_reads_as_its_question():
    from hybrid.pipeline.prose import plain

    # rclone's FAQ asks in headings without a question mark.
    assert plain("### Can rclone sync from drive to s3\n\nRclone can sync between two remotes.") == (
        "Can rclone sync from drive to s3? Rclone can sync between two remotes."
    )
    cabin = "### Do I need a cabin?\n\nNo. Crossings have seats."
    assert plain(cabin) == "Do I need a cabin? No. Crossings have seats."
