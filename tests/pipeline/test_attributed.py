"""Attributed drafting with a scripted generator: what the pipeline guarantees whatever the model writes."""

from __future__ import annotations

import pytest

from hybrid.figures import fact_spans
from hybrid.pipeline import Departments, HybridPipeline
from hybrid.pipeline.spec import DraftSpec
from hybrid.pipeline.stages.attributed import MIN_MEANING, NOTHING, keeps_facts
from hybrid.prompts import CLOSING, OPENING, REWRITE
from hybrid.settings import PipelineSettings
from hybrid.testing import FakeAdapterStore, FakeEmbedder, FakeGenerator, fake_knowledge
from hybrid.types import GenerationRequest

pytestmark = pytest.mark.unit

DOCS = {
    "kettle.md": "# Quillon 3 kettle\n\nThe Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.\n\n"
    "It comes in slate and sand.\n",
    "ferry.md": "# Ferry fares\n\nA single fare costs 14.50 euros; a return costs 25 euros.\n",
}


def said(r: GenerationRequest) -> str:
    return r.messages[-1]["content"]


def scripted(rewrite: str, frame: str = "Here is some news.") -> FakeGenerator:
    def reply(r: GenerationRequest) -> str:
        return rewrite if REWRITE in said(r) else frame

    return FakeGenerator(["marketing"], reply=reply)


def pipeline(isolated, generator: FakeGenerator) -> HybridPipeline:
    knowledge = fake_knowledge(DOCS, isolated)
    voices = Departments(FakeAdapterStore(["marketing"]))
    return HybridPipeline(knowledge, generator, voices, k=2, mode="attributed")


def figures(text: str) -> set[str]:
    return {s.text for s in fact_spans(text) if s.kind != "name"}


def test_a_planted_figure_is_stated_cited_and_nothing_else_is(isolated):
    # The model invents a price in its rewrite; the pipeline must not let it through.
    gen = scripted("Our Quillon 3 is yours for just €69.90 today!")
    d = pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing")
    assert d.mode == "attributed" and d.plan
    assert "€74.90" in d.text and "69.90" not in d.text
    (kettle,) = [c for c in d.citations if "74.90" in c.quote]
    assert kettle.origin == "plan" and kettle.source.endswith("kettle.md")
    assert f"[{kettle.marker}]" in d.text
    source_figures = figures(DOCS["kettle.md"]) | figures(DOCS["ferry.md"])
    assert figures(d.text) <= source_figures
    assert d.unsupported == []
    assert any("source sentence is used as is" in n for n in d.notes)


def test_a_faithful_rewrite_is_kept_in_voice_and_cites_its_passage(isolated):
    rewrite = "You can boil a litre in just 95 seconds with the Quillon 3 kettle, yours for €74.90."
    d = pipeline(isolated, scripted(rewrite)).draft("Announce the Quillon 3 kettle price", "marketing")
    assert "yours for €74.90 [1]." in d.text
    (kettle,) = [c for c in d.citations if "74.90" in c.quote]
    assert kettle.quote == DOCS["kettle.md"].split("\n\n")[1] and kettle.sentence == rewrite
    # The same reply restating "It comes in slate and sand." would add figures: that one is kept as written.
    assert all("used as is" not in n or "kettle.md" in n for n in d.notes)


def test_every_row_of_an_attributed_draft_is_one_batch_and_copy_locked(isolated):
    gen = scripted("The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.")
    pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing")
    (batch,) = gen.calls
    kinds = [OPENING.split("{")[0] in said(r) for r in batch]
    assert kinds[0] and CLOSING.split("{")[0] in said(batch[-1])
    body = [r for r in batch if REWRITE in said(r)]
    assert body and all(r.locked_figures is not None and "74.90" in r.locked_figures for r in body)
    assert all(r.locked_figures is not None for r in batch)


def test_a_frame_that_states_a_fact_is_dropped(isolated):
    gen = scripted("The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.", frame="Launching May 3!")
    d = pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing")
    assert "May 3" not in d.text
    assert any("opening" in n for n in d.notes) and any("closing" in n for n in d.notes)


def test_no_relevant_fact_gives_a_draft_that_says_so_with_an_empty_plan(isolated):
    gen = scripted("Anything at all, 42 times.")
    d = pipeline(isolated, gen).draft(DraftSpec(request="Describe our parental leave policy", department="marketing"))
    assert d.plan == [] and d.citations == []
    assert d.text == NOTHING
    assert any("no sentence" in n for n in d.notes)
    assert gen.calls == []  # nothing for the model to restate, so no model call


def test_free_mode_is_still_there_per_request(isolated):
    gen = scripted("unused", frame="Free text about the kettle.")
    d = pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing", mode="free")
    assert d.mode == "free" and d.plan == [] and d.text == "Free text about the kettle."


@pytest.mark.parametrize(
    ("rewrite", "ok"),
    [
        ("Our single fare is 14.50 euros, and a return is 25 euros.", True),
        ("A return costs 14.50 euros.", False),  # a figure kept but stated of another thing
        ("A single fare costs 14.50 euros.", False),  # the return fare lost
        ("Fares are cheap.", False),
        ("A single costs 14.50 euros; a return 25 euros, or 40 for two.", False),  # a figure added
        ("A single fare is fourteen euros fifty; a return is 25 euros.", False),  # the figure not as written
        # A figure stated twice where the source states it once (read in an eval draft:
        # "10 business days after submission, the credit is charged back ... within 10 business days").
        ("From 14.50 euros: a single fare costs 14.50 euros; a return costs 25 euros.", False),
    ],
)
def test_a_rewrite_must_keep_every_figure_of_its_source_and_add_none(rewrite, ok):
    assert keeps_facts("A single fare costs 14.50 euros; a return costs 25 euros.", rewrite) is ok


def test_a_rewrite_must_keep_the_keys_and_arrows_its_source_gives():
    source = "Hold ▲ and ▼ together for 10 seconds until the display shows RST, then release."
    assert not keeps_facts(source, "To reset, hold the desk for 10 seconds until the display shows RST.")
    assert keeps_facts(source, "Just hold ▲ and ▼ together for 10 seconds until the display shows RST, then let go.")
    assert not keeps_facts("Open Settings → Help → Beta feedback.", "Open Settings, then Help, then Beta feedback.")


def test_a_rewrite_must_keep_the_names_its_source_states():
    source = "The Dublin office opens with 22 employees, led by Siobhan Kearney."
    assert keeps_facts(source, "Our Dublin office opens its doors with 22 employees, led by Siobhan Kearney!")
    assert not keeps_facts(source, "Our Dublin office opens its doors with 22 employees and a great team!")


@pytest.mark.parametrize(
    "frame",
    [
        "Our kettle is now available at $X.",
        "Save ½ on your kettle.",
        "Only 5 left!",
        "## Kettle | Kettle [Update]",  # and in a real engineering one
        "The kettle is an appliance that shall be valid only if it meets certain criteria set out",  # unfinished
    ],
)
def test_a_frame_with_a_stand_in_for_a_figure_is_dropped(isolated, frame):
    gen = scripted("The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.", frame=frame)
    d = pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing")
    assert frame not in d.text and d.text.startswith("The Quillon 3 kettle costs €74.90")


def test_a_table_row_is_restated_from_prose_and_kept_as_prose():
    from hybrid.pipeline.prose import plain

    assert plain("| Walnut veneer | TOP-WAL | +$150 |") == "Walnut veneer: TOP-WAL, +$150."
    assert plain("- **Lift speed:** 38 mm/s") == "Lift speed: 38 mm/s"


def test_table_rows_are_planned_with_their_header_and_set_out_as_that_table(isolated):
    # Alone, "| up to $2,500 | your manager |" names nothing the request asks about; read
    # with its header it is the approval limit, and the draft must carry it. Two rows of one
    # table are that table again, header once, each row cited, neither sent to the model.
    docs = {
        "expenses.md": "# Expenses\n\n## Approval limits\n\n| Amount per report | Approver |\n|---|---|\n"
        "| up to $2,500 | your manager |\n| $2,500.01 – $10,000 | your VP |\n\n"
        "Managers can't approve their own expenses.\n",
    }
    gen = FakeGenerator(["legal"], reply=lambda r: "Noted.")
    p = HybridPipeline(
        fake_knowledge(docs, isolated), gen, Departments(FakeAdapterStore(["legal"])), k=2, mode="attributed"
    )
    d = p.draft(DraftSpec(request="Draft the approval limits section of the expenses policy", department="legal"))
    rows = [s for s in d.plan if s.text.startswith("|")]
    assert {s.header for s in rows} == {"| Amount per report | Approver |"}
    table = "| Amount per report | Approver |\n|---|---|\n| up to $2,500 | your manager [1] |\n"
    assert table + "| $2,500.01 – $10,000 | your VP [1] |\n\n" in d.text
    assert not any("---" in s.text for s in d.plan)  # the header and its rule are not a fact
    assert d.unsupported == []
    assert [c.sentence for c in d.citations if c.quote.startswith("|")] == [
        "| up to $2,500 | your manager [1] |",
        "| $2,500.01 – $10,000 | your VP [1] |",
    ]
    asked = [said(r) for batch in gen.calls for r in batch]
    assert not any("$2,500" in a for a in asked) and any("approve their own" in a for a in asked)
    assert d.text.count("Noted.") == 1  # a closing that only repeats the opening is dropped


def test_a_lone_table_row_is_read_out_as_prose_and_kept_as_written(isolated):
    docs = {"prices.md": "# Prices\n\n| Product | Price |\n|---|---|\n| Quillon 3 kettle | €74.90 |\n"}
    gen = FakeGenerator(["marketing"], reply=lambda r: "Quillon 3 kettle: now €74.90!")
    p = HybridPipeline(
        fake_knowledge(docs, isolated), gen, Departments(FakeAdapterStore(["marketing"])), k=2, mode="attributed"
    )
    d = p.draft("Announce the Quillon 3 kettle price", "marketing")
    assert "Product: Quillon 3 kettle; Price: €74.90 [1]." in d.text
    assert "now €74.90" not in d.text


def test_a_frame_that_makes_a_claim_of_its_own_is_dropped(isolated):
    # Read in a real engineering draft: an opening that answered the request with a cause
    # no source gives, in words no source holds.
    claim = "The kettle failed because of inadequate training, poor equipment and a lack of clear planning."
    gen = scripted("The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.", frame=claim)
    d = pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing")
    assert "inadequate" not in d.text and any("opening" in n for n in d.notes)
    kept = "Meet the Quillon 3 kettle, our fastest yet."
    gen = scripted("The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.", frame=kept)
    assert pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing").text.startswith(kept)


def test_a_frame_that_reads_the_request_back_is_dropped_but_one_naming_its_topic_is_kept(isolated):
    # Read in an eval draft: 'Reply to an Enterprise Customer's Formal SLA Claim for the
    # February 17 (the "Customer") outage.' opened the reply to that request.
    rewrite = "The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds."
    request = "Reply to a customer asking about the Quillon 3 kettle price"
    echo = "Reply to a Customer Asking About the Quillon 3 kettle price."
    d = pipeline(isolated, scripted(rewrite, frame=echo)).draft(request, "marketing")
    assert "Asking About" not in d.text and any("opening" in n for n in d.notes)
    topic = "Thanks for asking about the Quillon 3 kettle."
    assert pipeline(isolated, scripted(rewrite, frame=topic)).draft(request, "marketing").text.startswith(topic)


@pytest.mark.parametrize(
    ("frame", "opening"),
    [("Hi Michael,", "Hi,"), ("Hi [customer's name],", "Hi,"), ("Dear Alex,", "Hello,"), ("Hello Fleet", "Hello,")],
)
def test_a_salutation_keeps_its_greeting_and_loses_the_invented_name(isolated, frame, opening):
    gen = scripted("The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.", frame=frame)
    d = pipeline(isolated, gen).draft("Reply to a customer asking the Quillon 3 kettle price", "marketing")
    assert d.text.startswith(opening + "\n\n") and frame.split()[1].strip(",") not in d.text
    # The same line as a closing is no closing: it is dropped, placeholder and all.
    assert d.text.count(opening) == 1 and "[customer" not in d.text and d.unsupported == []


def test_a_frame_cut_off_after_a_whole_first_sentence_keeps_that_sentence(isolated):
    # The fake generator reports "length" past max_new_tokens words, as a model would.
    rambling = "Meet the Quillon 3 kettle. It boils " + "faster and " * 20 + "than"
    gen = scripted("The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.", frame=rambling)
    d = pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing")
    assert d.text.startswith("Meet the Quillon 3 kettle.\n\n") and "faster" not in d.text
    # A frame that is one unfinished sentence is still dropped.
    gen = scripted("The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds.", frame="It boils " * 20)
    d = pipeline(isolated, gen).draft("Announce the Quillon 3 kettle price", "marketing")
    assert d.text.startswith("The Quillon 3 kettle costs") and any("opening" in n for n in d.notes)


def on_docs(isolated, docs: dict[str, str], department: str, reply, k: int = 2) -> tuple[HybridPipeline, FakeGenerator]:
    """An attributed pipeline over `docs`, its one department's model scripted by `reply`."""
    gen = FakeGenerator([department], reply=reply)
    knowledge = fake_knowledge(docs, isolated)
    voices = Departments(FakeAdapterStore([department]))
    return HybridPipeline(knowledge, gen, voices, k=k, mode="attributed"), gen


UV_LOCK = (
    "# Locking and syncing\n\n## Upgrading locked package versions\n\n"
    "Locked package versions are kept unless they no longer meet the project's constraints.\n\n"
    "To upgrade all packages:\n\n```console\n$ uv lock --upgrade\n```\n\n"
    "See the documentation on upgrading locked package versions for details.\n"
)


def test_a_code_block_is_quoted_under_its_lead_in_and_never_read_out(isolated):
    # Read on uv's docs: the command came out as a sentence, "console $ uv lock --upgrade [2].",
    # beside a pointer to other documentation that tells the reader nothing.
    p, gen = on_docs(isolated, {"sync.md": UV_LOCK}, "engineering", lambda r: "Noted.", k=2)
    d = p.draft("Explain to engineers how to upgrade locked package versions", "engineering")
    assert "To upgrade all packages [1]:\n\n```console\n$ uv lock --upgrade\n```" in d.text
    assert "console $" not in d.text and "See the documentation" not in d.text
    asked = [said(r) for batch in gen.calls for r in batch]
    assert not any("uv lock --upgrade" in a for a in asked)  # the command is never rewritten
    code = [c for c in d.citations if c.quote.startswith("```")]
    assert len(code) == 1 and code[0].source.endswith("sync.md")
    assert d.unsupported == []


PIN = (
    "# Python versions\n\n## Pinning a version\n\n"
    "uv offers three ways to choose the Python version of a project:\n\n"
    "- uv python pin 3.12 writes the version to a .python-version file.\n"
    "- uv init --python 3.11 starts a project on that version.\n"
    "- uv run --python 3.10 runs one command on another version.\n"
)


def test_items_of_one_list_stay_a_list_under_its_lead_in(isolated):
    def reply(r: GenerationRequest) -> str:
        text = said(r)
        for line in PIN.split("\n"):
            if line.startswith("- ") and line[2:] in text:
                return line[2:]
        return "Happy to help."

    p, _ = on_docs(isolated, {"python.md": PIN}, "support", reply, k=2)
    d = p.draft("Write a short guide on how to pin the Python version of a project", "support")
    assert (
        "uv offers three ways to choose the Python version of a project:\n"
        "- uv python pin 3.12 writes the version to a .python-version file [1].\n"
        "- uv init --python 3.11 starts a project on that version [1].\n"
    ) in d.text, d.text
    assert [c.sentence for c in d.citations][:1] == ["uv python pin 3.12 writes the version to a .python-version file."]


INSTALL = (
    '# Installing uv\n\n## macOS and Linux\n\n=== "macOS and Linux"\n\n'
    "    Use curl to download the installer script and run it with sh:\n\n"
    "    ```console\n    $ curl -LsSf https://astral.sh/uv/install.sh | sh\n    ```\n\n"
    "The installer script for macOS puts uv in the local bin folder of the user.\n\n"
    "The following request formats for a uv install version are supported:\n\n"
    "- `<implementation>` (e.g., `cpython` or `cp`) names an interpreter.\n"
    "- `latest` installs the newest release of uv.\n"
)


def test_a_nested_code_block_loses_its_indent_and_a_lone_item_keeps_its_lead_in(isolated):
    def reply(r: GenerationRequest) -> str:
        # An instruction echoed back, as a 135M model did on uv's docs ("Source [...] reads
        # [the text] as one sentence in our voice"), must not pass, though it keeps the topic.
        return "The installer script for macOS puts uv in the local bin folder, as one sentence in our voice."

    p, _ = on_docs(isolated, {"install.md": INSTALL}, "support", reply, k=2)
    d = p.draft("Reply to a user asking how to install the latest release of uv on macOS", "support")
    assert (
        "Use curl to download the installer script and run it with sh [1]:\n\n"
        "```console\n$ curl -LsSf https://astral.sh/uv/install.sh | sh\n```"
    ) in d.text, d.text
    assert "The following request formats for a uv install version are supported:\n- latest" in d.text, d.text
    assert "our voice" not in d.text
    used_as_is = [n for n in d.notes if "install.md" in n]
    assert len(used_as_is) == 1 and "rewrites in voice" in used_as_is[0], d.notes


def test_a_placeholder_the_source_lacks_is_no_rewrite_though_the_source_has_other_markup(isolated):
    doc = {"cache.md": "# Cache\n\nTo clear the cache for one package, run `uv cache clean <package-name>`.\n"}

    def reply(r: GenerationRequest) -> str:
        return "To keep a fresh cache for one package [address] run uv cache clean <package-name>."

    p, _ = on_docs(isolated, doc, "engineering", reply, k=1)
    d = p.draft("Explain how to clear the cache for one package", "engineering")
    assert "To clear the cache for one package, run uv cache clean <package-name> [1]." in d.text, d.text
    assert "[address]" not in d.text


HATCHES = (
    "# Cache\n\nIf you run into caching issues, uv includes a few escape hatches:\n\n"
    "- To clear the whole cache, run `uv cache clean`.\n"
    "- To clear the cache for one package, run `uv cache clean <package-name>`.\n"
    "  For example, `uv cache clean ruff` clears the cache for the\n  `ruff` package.\n"
    "- To force uv to revalidate cached data, pass `--refresh` to any command.\n"
)


def test_a_sentence_inside_a_list_item_stays_in_its_item_and_the_lead_in_comes_once(isolated):
    def reply(r: GenerationRequest) -> str:
        return "Happy to help."  # no rewrite keeps the commands, so each source sentence is used as is

    p, _ = on_docs(isolated, {"cache.md": HATCHES}, "support", reply, k=1)
    d = p.draft("How do I clear the uv cache for the ruff package or force a refresh?", "support")
    said_in_item = [s for s in d.plan if s.text.startswith("For example")]
    assert said_in_item and said_in_item[0].header.startswith("If you run into caching issues"), d.plan
    assert d.text.count("uv includes a few escape hatches") == 1, d.text
    # Said right after its item's command, the example joins that item's bullet.
    assert (
        "- To clear the cache for one package, run uv cache clean <package-name> [1]. "
        "For example, uv cache clean ruff clears the cache for the ruff package [1]."
    ) in d.text, d.text
    assert not any(line.startswith("For example") for line in d.text.split("\n")), d.text


def test_a_paragraph_of_a_loose_list_item_stays_in_that_item(isolated):
    loose = (
        "# Cache\n\nuv includes a few escape hatches for caching issues:\n\n"
        "- To clear the whole cache, run `uv cache clean`.\n\n"
        "  The cache directory is emptied of every entry by the cache clean command.\n\n"
        "- To force uv to revalidate cached data, pass `--refresh` to any command.\n"
    )
    p, _ = on_docs(isolated, {"cache.md": loose}, "support", lambda r: "Happy to help.", k=1)
    d = p.draft("How do I clear or revalidate the uv cache?", "support")
    assert len(d.plan) == 3, d.plan
    assert d.text.count("uv includes a few escape hatches") == 1, d.text
    assert (
        "- To clear the whole cache, run uv cache clean [1]. "
        "The cache directory is emptied of every entry by the cache clean command [1].\n"
        "- To force uv to revalidate cached data, pass --refresh to any command [1]."
    ) in d.text, d.text


def test_an_faq_answer_used_as_written_drops_its_question_where_the_answer_stands_alone(isolated):
    # Read in an eval draft: the customer's question, used as written, read as the company's
    # own words in an SLA reply.
    docs = {
        "faq.md": "# Ferry FAQ\n\n**Do I need to claim a refund for a cancelled sailing?** No. Passengers on a "
        "cancelled sailing receive a 100% refund automatically within 5 days.\n\n"
        "**Is the cabin upgrade on by default?** No. You can turn it on when you book, for €12.\n\n"
        "**How long is the crossing?** About 45 minutes from Oban.\n\n"
        "**Can I take a bike?** Bikes travel free on the car deck.\n"
    }
    voices = Departments(FakeAdapterStore(["marketing"]))
    gen = scripted("Ferries are great.")  # every rewrite fails its check
    pipe = HybridPipeline(fake_knowledge(docs, isolated), gen, voices, k=2, mode="attributed")
    d = pipe.draft("Reply to a passenger asking for a refund for a cancelled sailing", "marketing")
    assert "Passengers on a cancelled sailing receive a 100% refund automatically within 5 days [1]." in d.text
    assert "Do I need to claim" not in d.text and not d.text.lstrip().startswith("No.")
    # An answer that points back at its question keeps it.
    d = pipe.draft("Reply to a passenger asking whether the cabin upgrade is on by default", "marketing")
    assert "Is the cabin upgrade on by default? No. You can turn it on when you book, for €12 [1]." in d.text
    # So does one that does not name what was asked, and one that names it stands alone.
    d = pipe.draft("Reply to a passenger asking how long the crossing is", "marketing")
    assert "How long is the crossing? About 45 minutes from Oban [1]." in d.text
    d = pipe.draft("Reply to a passenger asking whether they can take a bike", "marketing")
    assert "Bikes travel free on the car deck [1]." in d.text and "Can I take" not in d.text


def test_a_rewrite_says_no_more_sentences_than_its_source_and_opens_with_no_greeting(isolated):
    # Read in an rclone reply: "Hi, yes, rclone can sync directly from drive to s3. You'll
    # just need to create a copy of the file ..." - a greeting mid-reply and advice no source gives.
    added = "Our Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds. It is the best kettle ever made."
    d = pipeline(isolated, scripted(added)).draft("Announce the Quillon 3 kettle price", "marketing")
    assert "Our Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds [1]." in d.text
    assert "best kettle" not in d.text
    greeted = "Hi, our Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds."
    d = pipeline(isolated, scripted(greeted)).draft("Announce the Quillon 3 kettle price", "marketing")
    assert "Hi, our" not in d.text
    assert "The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds [1]." in d.text


@pytest.mark.parametrize("retries", [0, 1, 2])
def test_a_failed_rewrite_is_re_asked_sampled_as_often_as_set_then_kept_as_written(isolated, retries):
    gen = scripted("Our Quillon 3 is yours for just €69.90 today!")
    p = HybridPipeline(
        fake_knowledge(DOCS, isolated),
        gen,
        Departments(FakeAdapterStore(["marketing"])),
        k=2,
        mode="attributed",
        rewrite_retries=retries,
    )
    d = p.draft("Announce the Quillon 3 kettle price", "marketing")
    first, *again = gen.calls
    assert len(again) == retries
    failed = [r for r in first if REWRITE in said(r)]
    for batch in again:
        # Only the rows whose rewrite failed go again, and not greedily: the same prompt
        # decoded the same way would fail the same way.
        assert [said(r) for r in batch] == [said(r) for r in failed]
        assert all(r.temperature > 0 for r in batch)
    assert "€74.90" in d.text and "69.90" not in d.text


def test_a_rewrite_that_passes_is_not_asked_again(isolated):
    def reply(r: GenerationRequest) -> str:
        if "74.90" in said(r):
            return "The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds."
        return "Our ferry fares start at just 9 euros!" if "14.50" in said(r) else "Here is some news."

    gen = FakeGenerator(["marketing"], reply=reply)
    knowledge = fake_knowledge(DOCS, isolated)
    p = HybridPipeline(
        knowledge, gen, Departments(FakeAdapterStore(["marketing"])), k=2, mode="attributed", rewrite_retries=1
    )
    d = p.draft("Announce the Quillon 3 kettle price and the ferry fares", "marketing")
    # The fare row fails (a figure no source gives) and goes again; the kettle row, which passed, does not.
    _, retried = gen.calls
    assert [("14.50" in said(r), "74.90" in said(r)) for r in retried] == [(True, False)]
    assert "14.50 euros" in d.text and "9 euros" not in d.text


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        ("## Quillon 3 kettle: what's new", True),
        # A title is a frame: it may not state a figure the request lacks, nor make a claim.
        ("## Quillon 3 kettle now €69.90", False),
        ("## Quillon 3: The Kettle That Redefines Mornings, Kitchens and Breakfast Forever", False),
        ("## Announce the Quillon 3 kettle price", False),
    ],
)
def test_an_opening_title_is_kept_as_the_drafts_title_when_it_states_nothing(isolated, opening, kept):
    def reply(r: GenerationRequest) -> str:
        if REWRITE in said(r):
            return "The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds."
        return opening if OPENING.split("{")[0] in said(r) else "Enjoy your tea."

    d = pipeline(isolated, FakeGenerator(["marketing"], reply=reply)).draft(
        "Announce the Quillon 3 kettle price", "marketing"
    )
    assert d.text.startswith(opening + "\n\n") is kept
    assert "69.90" not in d.text and "Forever" not in d.text
    # The body follows whatever the opening was.
    assert "€74.90" in d.text


class _Meaning(FakeEmbedder):
    """Bag-of-words vectors, except that a text holding `away` points elsewhere: a rewrite
    that keeps the figures and words of its source but no longer means what it says."""

    def __init__(self, away: str) -> None:
        super().__init__()
        self.away = away

    def embed_documents(self, texts):
        far = [0.0] * (self.dim - 1) + [1.0]
        return [far if self.away in t else v for t, v in zip(texts, super().embed_documents(texts), strict=True)]


@pytest.mark.parametrize(
    ("away", "bar", "kept"),
    [("never", MIN_MEANING, False), ("nothing-matches", MIN_MEANING, True), ("never", 0.0, True)],
)
def test_a_rewrite_that_keeps_the_figures_but_not_the_meaning_stands_as_its_source_says(isolated, away, bar, kept):
    rewrite = "The Quillon 3 kettle never costs €74.90 and never boils a litre in 95 seconds."
    knowledge = fake_knowledge(DOCS, isolated)
    voices = Departments(FakeAdapterStore(["marketing"]))
    embedder = _Meaning(away)
    pipe = HybridPipeline(
        knowledge, scripted(rewrite), voices, k=2, mode="attributed", embedder=embedder, rewrite_min_similarity=bar
    )
    d = pipe.draft("Announce the Quillon 3 kettle price", "marketing")
    source = "The Quillon 3 kettle costs €74.90 and boils a litre in 95 seconds"
    if kept:  # meant the same way by the embedder, or the check is off (bar 0): the voice stays
        assert rewrite.rstrip(".") in d.text and source not in d.text
    else:
        assert "never" not in d.text and source in d.text
        assert any("kettle.md" in n and "used as is" in n for n in d.notes)


def test_the_meaning_bar_setting_defaults_to_the_stage_constant():
    assert PipelineSettings.model_fields["rewrite_min_similarity"].default == MIN_MEANING
