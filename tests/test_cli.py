from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from hybrid.cli import cli
from tests.fixtures import minimal_pdf

pytestmark = pytest.mark.unit


@pytest.fixture
def run(tiny_embedder_path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, ["--embedder", str(tiny_embedder_path), *args], catch_exceptions=False)

    invoke.embedder = tiny_embedder_path  # type: ignore[attr-defined]
    return invoke


@pytest.fixture
def corpus(isolated):
    """Two facts in a project (an empty hybrid.toml): sources are keyed relative to it."""
    (isolated / "hybrid.toml").write_text("")
    root = isolated / "facts"
    root.mkdir()
    (root / "atlas.md").write_text(
        "---\ntitle: Atlas\ndepartment: engineering\n---\n# Atlas desk\n\nThe Atlas desk lift speed is 38 mm/s.\n"
    )
    (root / "returns.md").write_text(
        "---\ntitle: Returns\ndepartment: support\n---\n# Returns\n\nA refund is paid within 30 days.\n"
    )
    return root


def test_ingest_json_summary_then_incremental(run, corpus):
    first = run("ingest", str(corpus), "--json")
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    assert data["added"] == 2 and data["chunks_total"] >= 2 and data["seconds"] >= 0
    second = json.loads(run("ingest", str(corpus), "--json").stdout)
    assert (second["added"], second["unchanged"], second["chunks_added"]) == (0, 2, 0)


def test_human_summary_lists_skipped_files_with_reasons(run, corpus):
    (corpus / "empty.txt").write_text("")
    result = run("ingest", str(corpus))
    assert result.exit_code == 0
    assert "2 added" in result.output and "skipped facts/empty.txt: empty file" in result.output


def test_ingest_follows_links_out_of_the_folder_only_with_the_flag(run, corpus, isolated):
    outside = isolated.parent / "outside.md"
    outside.write_text("# Outside\n\nThe Borealis chair seats four.\n")
    (corpus / "linked.md").symlink_to(outside)
    skipped = json.loads(run("ingest", str(corpus), "--json").stdout)
    assert skipped["added"] == 2 and any("outside the folders given" in s["reason"] for s in skipped["skipped_files"])
    followed = json.loads(run("ingest", str(corpus), "--follow-outside-links", "--json").stdout)
    assert followed["added"] == 1 and followed["skipped"] == 0
    found = json.loads(run("search", "Borealis chair", "--json", "--mode", "bm25").stdout)
    assert found["passages"][0]["source"] == outside.resolve().as_posix()


def test_search_json_has_ids_sources_and_cosines(run, corpus):
    run("ingest", str(corpus))
    result = run("search", "refund days", "-k", "2", "--json", "--department", "support")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["passages"] and all(p["department"] == "support" for p in data["passages"])
    top = data["passages"][0]
    assert top["source"] == "facts/returns.md" and "30 days" in top["text"]
    assert -1 <= top["cosine"] <= 1 and len(top["id"]) == 24


def test_missing_path_is_a_clear_error_not_a_traceback(run):
    result = run("ingest", "nowhere")
    assert result.exit_code == 2
    assert "path not found: nowhere" in result.output and "Traceback" not in result.output


def test_search_on_an_empty_store_says_to_ingest(run):
    result = run("search", "anything")
    assert result.exit_code == 2 and "hybrid ingest" in result.output


def test_bad_config_is_reported_with_the_field(run, isolated):
    (isolated / "hybrid.toml").write_text("[knowledge]\nbogus = 1\n")
    result = run("search", "x")
    assert result.exit_code == 2 and "unknown setting 'knowledge.bogus'" in result.output


def test_unreachable_chroma_server_is_named(run, corpus):
    result = run("--chroma-url", "http://127.0.0.1:9", "ingest", str(corpus))
    assert result.exit_code == 1 and "http://127.0.0.1:9 is not reachable" in result.output


@pytest.fixture
def tiny_project(isolated, tiny_embedder_path, tiny_causal_lm_path, trained_registry, corpus):
    """hybrid.toml pointing at the tiny models and the tiny trained adapters."""
    (isolated / "hybrid.toml").write_text(
        f'adapters_dir = "{trained_registry.root}"\n'
        f'[models]\nembedder = "{tiny_embedder_path}"\ngenerator = "{tiny_causal_lm_path}"\n'
        '[generation]\ndtype = "float32"\nmax_new_tokens = 12\n'
    )
    return isolated


def test_draft_json_is_one_draft_object(run, tiny_project, corpus):
    run("ingest", str(corpus))
    result = run("draft", "How fast does the Atlas desk lift?", "--department", "loud", "--json")
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["department"] == "loud" and d["adapter"] == "loud" and d["adapter_version"] == "v1"
    assert d["passages"] and set(d["timings"]) >= {"retrieve", "prompt", "generate", "validate", "total"}
    assert d["mode"] == "attributed" and d["completion_tokens"] > 0  # the default: planned sentences restated
    free = json.loads(run("draft", "How fast?", "-d", "loud", "--mode", "free", "--json").stdout)
    assert free["mode"] == "free" and 0 < free["completion_tokens"] <= 12  # one generation, under the cap


def test_a_draft_citing_a_pdf_names_the_page(run, tiny_project):
    guide = tiny_project / "guides"
    guide.mkdir()
    (guide / "vega.pdf").write_bytes(
        minimal_pdf([["Vega lamp user guide.", "Unpack the box first."], ["The Vega lamp costs 89 dollars."]])
    )
    assert run("ingest", str(guide)).exit_code == 0
    result = run("draft", "What does the Vega lamp cost?", "-d", "loud", "--json")
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    price = next(c for c in d["citations"] if "89" in c["quote"])
    assert price["source"] == "guides/vega.pdf" and price["page"] == 2
    assert next(p for p in d["passages"] if p["id"] == price["passage_id"])["page"] == 2

    shown = run("draft", "What does the Vega lamp cost?", "-d", "loud").stdout
    assert re.search(r"\[\d\] guides/vega\.pdf:\d+-\d+ page 2", shown), shown
    searched = run("search", "Vega lamp costs 89 dollars").stdout
    assert "guides/vega.pdf" in searched and " page 2" in searched


def test_draft_human_output_and_switches(run, tiny_project, corpus):
    run("ingest", str(corpus))
    result = run("draft", "Atlas lift speed", "-d", "terse", "--no-retrieval", "--no-adapter", "--stream")
    assert result.exit_code == 0, result.output
    assert "sources none" in result.stdout and "timings (s)" in result.stdout


def test_draft_stream_json_is_json_lines_ending_in_the_draft(run, tiny_project, corpus):
    run("ingest", str(corpus))
    result = run("draft", "Atlas lift speed", "-d", "loud", "--stream", "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert all("delta" in line for line in lines[:-1]) and lines[-1]["adapter"] == "loud"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["", "-d", "loud"], "request is empty"),
        (["hi", "-d", "finance"], "unknown department 'finance'"),
        (["hi", "-d", "marketing"], "hybrid adapters train marketing"),
    ],
)
def test_draft_bad_input_is_one_clear_line(run, tiny_project, corpus, args, message):
    run("ingest", str(corpus))
    result = run("draft", *args)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_draft_on_an_empty_store_says_to_ingest(run, tiny_project):
    result = run("draft", "hi", "-d", "loud")
    assert result.exit_code == 2 and "hybrid ingest" in result.output


def test_draft_with_a_missing_model_names_it(run, tiny_project, corpus):
    run("ingest", str(corpus))
    (tiny_project / "hybrid.toml").write_text('[models]\ngenerator = "/nowhere/model"\n')
    result = run("draft", "hi", "-d", "marketing", "--no-adapter")
    assert result.exit_code == 2 and "/nowhere/model" in result.output


SCHEMAS = """
from typing import Literal
from pydantic import BaseModel, ConfigDict, Field


class Order(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["buy", "sell"]
    quantity: int = Field(ge=1, le=99)


class Loose(BaseModel):
    text: str
"""


@pytest.fixture
def schema_project(isolated, tiny_wide_lm_path, trained_registry):
    """A project whose generator has room for a schema, and a schemas.py of its own."""
    (isolated / "hybrid.toml").write_text(
        f'adapters_dir = "{trained_registry.root}"\n[models]\ngenerator = "{tiny_wide_lm_path}"\n'
        '[generation]\ndtype = "float32"\n'
    )
    (isolated / "schemas.py").write_text(SCHEMAS)
    return isolated


def test_draft_with_a_schema_prints_the_validated_object(run, schema_project):
    args = ["draft", "Buy two", "-d", "loud", "--no-retrieval", "--no-adapter", "--schema", "schemas:Order"]
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["data"]["kind"] in ("buy", "sell") and 1 <= d["data"]["quantity"] <= 99
    assert d["structured"]["schema_name"] == "Order" and d["structured"]["mechanism"] == "constrained"
    human = run(*args)
    assert "valid Order (constrained, 1 attempt(s), 0 retries)" in human.stdout


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("schemas", "not of the form package.module:Class"),
        ("nosuch.module:Order", "cannot import module 'nosuch.module'"),
        ("schemas:Missing", "has no attribute 'Missing'"),
        ("schemas:Literal", "not a pydantic model class"),
        ("schemas:Loose", "$.text: string without maxLength"),
    ],
)
def test_draft_with_a_bad_schema_names_it(run, schema_project, spec, message):
    result = run("draft", "x", "-d", "loud", "--no-retrieval", "--no-adapter", "--schema", spec)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_a_repair_that_never_validates_fails_showing_every_raw_reply(run, schema_project):
    # Random weights never write an Order unconstrained: two attempts, both shown.
    args = ["draft", "x", "-d", "loud", "--no-retrieval", "--no-adapter", "--schema", "schemas:Order"]
    result = run(*args, "--mechanism", "repair", "--retries", "1", "--max-new-tokens", "8")
    assert result.exit_code == 1
    assert "attempt 1:" in result.stderr and "attempt 2:" in result.stderr and "rejected:" in result.stderr
    assert "no valid Order after 2 attempt(s) (repair)" in result.output


def test_with_no_project_the_command_says_where_state_goes_on_stderr_only(run, isolated, tmp_path):
    (isolated / "in").mkdir()
    (isolated / "in" / "a.md").write_text("# A\n\nThe Vega arm holds 9 kg.\n")
    result = CliRunner().invoke(cli, ["--embedder", str(run.embedder), "ingest", "in", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == 1  # stdout is still one JSON object
    assert f"state in {tmp_path / 'user-data' / 'hybrid' / 'state'}" in result.stderr
    found = json.loads(run("search", "Vega arm", "--json", "--mode", "bm25").stdout)
    assert found["passages"][0]["source"] == (isolated / "in" / "a.md").resolve().as_posix()  # no project: absolute


def test_init_then_config_shows_values_and_where_they_came_from(run, isolated, monkeypatch):
    assert run("init").exit_code == 0 and (isolated / "hybrid.toml").is_file()
    again = run("init")
    assert again.exit_code == 2 and "hybrid.toml already exists" in again.output
    monkeypatch.setenv("HYBRID_SERVE__ADMIN_TOKEN", "adm-s3cret")
    data = json.loads(run("config", "--json").stdout)
    assert data["project"]["root"] == str(isolated)
    rows = data["settings"]
    assert rows["state_dir"] == {"value": str(isolated / ".hybrid"), "from": "default"}
    assert rows["models.embedder"]["from"] == "flag"
    assert rows["serve.admin_token"] == {"value": "**********", "from": "env HYBRID_SERVE__ADMIN_TOKEN"}
    human = run("config")
    assert "s3cret" not in human.output and "serve.admin_token" in human.output


def test_forget_removes_a_document_and_reports_json(run, corpus):
    run("ingest", str(corpus))
    result = run("forget", "facts/returns.md", "nowhere.md", "--json")
    assert result.exit_code == 0, result.output
    done = json.loads(result.stdout)
    assert done["forgotten"] == ["facts/returns.md"] and done["not_indexed"] == ["nowhere.md"]
    assert done["chunks_deleted"] >= 1
    found = json.loads(run("search", "refund days", "--json", "--mode", "bm25").stdout)
    assert all(p["source"] != "facts/returns.md" for p in found["passages"])


def test_the_shipped_voices_are_listed_from_an_empty_folder(isolated):
    result = CliRunner().invoke(cli, ["adapters", "list", "--json"])
    assert result.exit_code == 0, result.output
    names = {a["name"] for a in json.loads(result.stdout)["adapters"]}
    assert {"marketing", "legal", "engineering", "support", "changelog"} <= names


def test_markup_in_documents_and_queries_is_printed_as_text(run, corpus):
    """M5: text with Rich markup ('[/usr/local/bin]', '[/bold]', '[link=...]') is shown as
    written, never parsed (which raised MarkupError) or rendered."""
    (corpus / "install.md").write_text(
        "# Markup [/bold] heading\n\nInstall the tool into [/usr/local/bin] and run it. FILECODEUSRZ [link=x]y[/link]\n"
    )
    (corpus / "[red]skip.bin").write_bytes(b"x")
    ingested = run("ingest", str(corpus))
    assert ingested.exit_code == 0, ingested.output
    assert "[red]skip.bin" in ingested.output
    found = run("search", "FILECODEUSRZ", "--mode", "bm25", "-k", "1")
    assert found.exit_code == 0, found.output
    assert "[/usr/local/bin]" in found.output and "[/bold]" in found.output and "[link=x]y[/link]" in found.output
    query = run("search", "[/usr/local/bin]", "--mode", "bm25")
    assert query.exit_code == 0 and "[/usr/local/bin]" in query.output
