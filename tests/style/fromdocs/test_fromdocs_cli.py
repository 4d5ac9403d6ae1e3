"""`hybrid adapters train NAME --from-docs FOLDER` end to end with the tiny model."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hybrid.cli import cli
from tests.fixtures import write_corpus
from tests.style.fromdocs.docs_fixtures import write_docs

pytestmark = pytest.mark.unit


@pytest.fixture
def run(tiny_causal_lm_path, tiny_embedder_path, isolated):
    runner = CliRunner()
    # Two other voices for the classifier to tell the new one from.
    write_corpus(isolated / "voices" / "loud", "loud", n=6, heldout=2)
    write_corpus(isolated / "voices" / "terse", "terse", n=6, heldout=2)
    (isolated / "hybrid.toml").write_text(
        f'[models]\ngenerator = "{tiny_causal_lm_path}"\nembedder = "{tiny_embedder_path}"\n'
        f'[pipeline]\nstyle_dir = "{isolated / "voices"}"\n'
    )

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def train(run, folder, *more: str):
    return run(
        "adapters", "train", "house", "--from-docs", str(folder), "--department", "house",
        "--rank", "4", "--batch-size", "4", "--seed", "0", "--gate-drafts", "2", *more,
    )  # fmt: skip


def test_from_docs_trains_a_gated_version_with_its_corpus_and_fingerprints(run, isolated):
    docs = write_docs(isolated / "docs")
    result = train(run, docs, "--epochs", "2", "--lr", "1e-2")
    assert result.exit_code == 0, result.output
    assert "sections used" in result.output and "gate: held-out loss" in result.output
    assert "held-out drafts in the new voice" in result.output
    version = isolated / "adapters" / "house" / "v1"
    for name in ("train.jsonl", "heldout.jsonl", "STYLE.md", "gate.json", "adapter_model.safetensors"):
        assert (version / name).is_file(), name
    manifest = json.loads((version / "manifest.json").read_text())
    assert set(manifest["documents"]) == {"policy-0.md", "policy-1.md", "policy-2.md", "policy-3.md", "note.txt"}
    assert all(len(v) == 64 for v in manifest["documents"].values())
    assert manifest["metrics"]["voice_share"] is not None
    assert manifest["base_heldout_loss"] > manifest["heldout_loss"]
    assert "See also" not in (version / "train.jsonl").read_text()  # boilerplate skipped

    # A version that learnt almost nothing is worse on held-out loss: saved, not activated.
    worse = train(run, docs, "--epochs", "1", "--lr", "1e-7")
    assert worse.exit_code == 0, worse.output
    assert "saved but not activated" in worse.output and "held-out loss" in worse.output
    listed = json.loads(run("adapters", "list", "--json").stdout)["adapters"]
    (house,) = [a for a in listed if a["name"] == "house"]
    assert house["versions"] == ["v1", "v2"] and house["active"] == "v1"

    forced = train(run, docs, "--epochs", "1", "--lr", "1e-7", "--activate", "always")
    assert forced.exit_code == 0 and "activated (--activate always)" in forced.output
    listed = json.loads(run("adapters", "list", "--json").stdout)["adapters"]
    assert [a["active"] for a in listed if a["name"] == "house"] == ["v3"]


def test_check_flags_a_voice_whose_documents_changed(run, isolated):
    docs = write_docs(isolated / "docs", documents=3)
    assert train(run, docs, "--epochs", "1").exit_code == 0

    def changed() -> list[dict]:
        return json.loads(run("adapters", "check", "--json").stdout)["documents_changed"]

    assert changed() == []
    (docs / "policy-9.md").write_text("# New\n\n" + (docs / "note.txt").read_text())
    (docs / "note.txt").write_text("changed text, long enough to count as a document of its own here.\n")
    (row,) = changed()
    assert row["name"] == "house" and row["added"] == ["policy-9.md"] and row["changed"] == ["note.txt"]
    assert row["retrain"].startswith("hybrid adapters train house --from-docs")
    assert "documents changed" in run("adapters", "check").stdout


def test_bad_folders_are_refused_naming_the_folder_and_the_count(run, isolated):
    empty = isolated / "empty"
    empty.mkdir()
    result = train(run, empty)
    assert result.exit_code == 2 and f"{empty} has no readable document" in result.output
    few = isolated / "few"
    write_docs(few, documents=1, sections=1)
    (few / "note.txt").unlink()
    result = train(run, few)
    assert result.exit_code == 2 and "2 usable section(s)" in result.output and "minimum of 5" in result.output
    assert not (isolated / "adapters" / "house").exists()  # nothing in the registry changed
    both = run("adapters", "train", "house", "--from-docs", str(few), "--corpus", str(few))
    assert both.exit_code == 2 and "give one of --corpus" in both.output
