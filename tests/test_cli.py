from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hybrid.cli import cli

pytestmark = pytest.mark.unit


@pytest.fixture
def run(tiny_embedder_path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, ["--embedder", str(tiny_embedder_path), *args], catch_exceptions=False)

    return invoke


@pytest.fixture
def corpus(isolated):
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
    assert result.exit_code == 1
    assert "path not found: nowhere" in result.output and "Traceback" not in result.output


def test_search_on_an_empty_store_says_to_ingest(run):
    result = run("search", "anything")
    assert result.exit_code == 1 and "hybrid ingest" in result.output


def test_bad_config_is_reported_with_the_field(run, isolated):
    (isolated / "hybrid.toml").write_text("[knowledge]\nbogus = 1\n")
    result = run("search", "x")
    assert result.exit_code == 1 and "unknown setting 'knowledge.bogus'" in result.output


def test_unreachable_chroma_server_is_named(run, corpus):
    result = run("--chroma-url", "http://127.0.0.1:9", "ingest", str(corpus))
    assert result.exit_code == 1 and "http://127.0.0.1:9 is not reachable" in result.output
