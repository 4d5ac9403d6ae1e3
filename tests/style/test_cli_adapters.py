from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hybrid.cli import cli
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit


@pytest.fixture
def run(tiny_causal_lm_path, isolated):
    runner = CliRunner()
    (isolated / "hybrid.toml").write_text(f'[models]\ngenerator = "{tiny_causal_lm_path}"\n')

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def train(run, name: str, corpus) -> dict:
    result = run(
        "adapters",
        "train",
        name,
        "--corpus",
        str(corpus),
        "--epochs",
        "1",
        "--rank",
        "4",
        "--batch-size",
        "4",
        "--json",
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_train_list_show_activate_rollback_remove(run, isolated):
    corpus = write_corpus(isolated / "corpora" / "loud", "loud", n=4, heldout=2)
    first = train(run, "loud", corpus)
    assert first["version"] == "v1" and first["hyperparameters"]["rank"] == 4
    assert first["heldout_examples"] == 2 and first["heldout_loss"] is not None
    assert (isolated / "adapters" / "loud" / "v1" / "adapter_model.safetensors").is_file()
    train(run, "loud", corpus)

    def loud() -> dict:
        # The shipped voices are listed too (read-only, under the project's own).
        (entry,) = [a for a in json.loads(run("adapters", "list", "--json").stdout)["adapters"] if a["name"] == "loud"]
        return entry

    assert loud()["versions"] == ["v1", "v2"] and loud()["active"] == "v2"
    shown = json.loads(run("adapters", "show", "loud", "--version", "v1").stdout)
    assert shown["version"] == "v1" and shown["path"].endswith("adapters/loud/v1")

    assert "rolled back to v1" in run("adapters", "rollback", "loud").stdout
    assert loud()["active"] == "v1"
    assert json.loads(run("adapters", "activate", "loud", "v2", "--json").stdout) == {"name": "loud", "active": "v2"}
    assert json.loads(run("adapters", "rollback", "loud", "--json").stdout) == {"name": "loud", "active": "v1"}
    assert run("adapters", "activate", "loud", "v2").exit_code == 0
    assert "removed loud/v1" in run("adapters", "remove", "loud", "--version", "v1").stdout


def test_check_names_adapters_trained_on_another_base(run, isolated, tmp_path):
    from tests.fixtures import build_tiny_causal_lm

    corpus = write_corpus(isolated / "corpora" / "loud", "loud", n=4, heldout=1)
    train(run, "loud", corpus)

    def stale() -> list[dict]:
        # The shipped voices were trained on SmolLM2, so against this tiny base they are
        # named too; the project's own voice is what this test moves between bases.
        return [s for s in json.loads(run("adapters", "check", "--json").stdout)["retrain"] if s["name"] == "loud"]

    assert stale() == []
    settings = (isolated / "hybrid.toml").read_text()
    (isolated / "hybrid.toml").write_text("shipped_adapters = false\n" + settings)
    assert run("adapters", "check", "--fail-on", "stale").exit_code == 0  # nothing to retrain
    other = build_tiny_causal_lm(tmp_path / "other", seed=3)
    (isolated / "hybrid.toml").write_text(f'shipped_adapters = false\n[models]\ngenerator = "{other}"\n')
    assert [s["name"] for s in stale()] == ["loud"]
    assert stale()[0]["retrain"].startswith("hybrid adapters train loud --corpus")
    # For CI: a voice to retrain fails the check, and only when asked to.
    assert run("adapters", "check").exit_code == 0
    assert run("adapters", "check", "--json", "--fail-on", "stale").exit_code == 1


def test_bad_corpus_and_unknown_adapter_are_clear_errors(run, isolated):
    bad = isolated / "bad"
    bad.mkdir()
    (bad / "train.jsonl").write_text('{"instruction": "x"}\n')
    result = run("adapters", "train", "bad", "--corpus", str(bad))
    assert result.exit_code == 2 and "train.jsonl:1: field 'response'" in result.output
    result = run("adapters", "show", "nope")
    assert result.exit_code == 2 and "unknown adapter 'nope'; known: base" in result.output
    result = run("adapters", "train", "../evil", "--corpus", str(bad))
    assert result.exit_code == 2 and "invalid adapter name" in result.output
