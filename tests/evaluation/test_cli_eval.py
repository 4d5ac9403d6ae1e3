"""`hybrid eval` and `hybrid audit` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from hybrid.cli import cli

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.unit
def test_a_malformed_eval_line_names_file_and_line_before_any_model_loads(isolated):
    (isolated / "eval").mkdir()
    (isolated / "eval" / "retrieval.jsonl").write_text(
        (REPO / "corpora/eval/retrieval.jsonl").read_text(encoding="utf-8")
    )
    good = (REPO / "corpora/eval/drafting.jsonl").read_text(encoding="utf-8").splitlines()
    (isolated / "eval" / "drafting.jsonl").write_text("\n".join([*good[:4], '{"id": "broken", ', *good[4:]]))
    (isolated / "hybrid.toml").write_text('[evaluation]\neval_dir = "eval"\n')
    result = CliRunner().invoke(cli, ["eval", "--quick"])
    assert result.exit_code == 2
    assert "eval/drafting.jsonl:5: not valid JSON" in result.output
    assert not (isolated / ".hybrid" / "eval").exists()


def report_with_slow_draft() -> dict:
    return {
        "latency_budget_s": 20.0,
        "cases": {
            "latency": [{"id": "d1", "config": "adapter_retrieval", "total": 25.0, "retrieve": 0.1, "generate": 24.5}]
        },
        "latency": {
            "single": {
                "adapter_retrieval": {
                    "n": 1,
                    "total": {"p50": 25.0, "p95": 25.0},
                    "retrieve": {"p50": 0.1, "p95": 0.1},
                    "generate": {"p50": 24.5, "p95": 24.5},
                }
            }
        },
    }


@pytest.mark.unit
def test_audit_reads_a_saved_report_and_takes_another_budget(isolated):
    path = isolated / "report.json"
    path.write_text(json.dumps(report_with_slow_draft()))
    result = CliRunner().invoke(cli, ["audit", "--report", str(path), "--json"])
    assert result.exit_code == 0, result.output
    audit = json.loads(result.stdout)
    assert audit["failures_by_cause"]["latency"] == 1
    assert audit["recommendations"][0]["area"] == "latency"
    relaxed = CliRunner().invoke(cli, ["audit", "--report", str(path), "--budget", "30"])
    assert relaxed.exit_code == 0 and "ok latency" in relaxed.output and "latency 0" in relaxed.output


@pytest.mark.unit
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--fail-on", "latency"], 1),
        (["--fail-on", "any", "--json"], 1),
        (["--fail-on", "grounding", "--fail-on", "format"], 0),
        (["--fail-on", "any", "--budget", "30"], 0),
    ],
)
def test_audit_fail_on_exits_1_only_for_a_named_failing_area(isolated, args, code):
    path = isolated / "report.json"
    path.write_text(json.dumps(report_with_slow_draft()))
    result = CliRunner().invoke(cli, ["audit", "--report", str(path), *args])
    assert result.exit_code == code, result.output
    assert "latency" in result.output  # the audit is printed either way


@pytest.mark.unit
def test_audit_refuses_a_file_that_is_not_a_report(isolated):
    (isolated / "notes.json").write_text('{"hello": 1}')
    result = CliRunner().invoke(cli, ["audit", "--report", "notes.json"])
    assert result.exit_code == 2 and "notes.json: not a hybrid eval report" in result.output
    (isolated / "broken.json").write_text("{")
    result = CliRunner().invoke(cli, ["audit", "--report", "broken.json"])
    assert result.exit_code == 2 and "broken.json: not a report.json" in result.output


@pytest.mark.integration
@pytest.mark.slow
def test_quick_eval_measures_every_section_on_the_bundled_models(isolated, facts_store):
    # The session's ingested copy of corpora/facts: the eval's own ingest then finds every
    # file unchanged, which is also what a second run on a user's checkout does.
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "COLUMNS": "200",
        "HYBRID_EVALUATION__FACTS_DIR": str(facts_store / "facts"),
    }
    out = isolated / "report"
    command = ["--state-dir", str(facts_store / ".hybrid"), "eval", "--quick", "--out", str(out), "--json"]
    proc = subprocess.run(
        [sys.executable, "-m", "hybrid.cli", *command],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    for stage in ("retrieval", "voice classifier", "drafting", "format"):
        assert f"eval: {stage} (" in proc.stderr  # progress, one line per stage in a log
    assert report["quick"] is True
    assert report["pipeline"]["facts_ingested"]["added"] == 0 and report["pipeline"]["facts_ingested"]["unchanged"] > 40
    retrieval = report["retrieval"]
    assert retrieval["n"] == 30 and set(retrieval["modes"]) == {"dense", "bm25", "hybrid"}
    assert retrieval["modes"]["hybrid"]["hit@5"] >= 0.9
    voice = report["voice"]
    assert voice["classifier_heldout_accuracy"] >= 0.9 and voice["trusted"]
    assert {name: c["n"] for name, c in voice["configs"].items()} == {
        "base": 4,
        "base_style_prompt": 4,
        "adapter": 4,
        "adapter_retrieval": 4,
        "free_retrieval": 4,
    }
    assert report["grounding"]["n"] == 4
    by_mode = report["grounding"]["by_mode"]  # both drafting modes on the same four cases
    assert {m: g["n"] for m, g in by_mode.items()} == {"attributed": 4, "free": 4}
    assert by_mode["attributed"]["unsupported_figure_share"] == 0.0
    departments = {"marketing", "legal", "engineering", "support"}
    for draft in report["cases"]["drafting"]:  # one real draft per department, with passages and a verdict
        assert draft["text"].strip() and draft["sources"] and draft["voice"] in departments
    assert {d["department"] for d in report["cases"]["drafting"]} == departments
    assert report["format"]["n"] == 2 and report["format"]["schema_valid_rate"] == 1.0
    assert report["latency"]["batched"]["adapter_retrieval"]["n"] == 4
    areas = [r["area"] for r in report["audit"]["recommendations"]]
    assert sorted(areas) == sorted(["retrieval", "grounding", "format", "voice", "latency"])
    for name in ("report.json", "report.md", "report.html", "voice.png", "latency.png", "retrieval.png"):
        assert (out / name).stat().st_size > 0
    assert json.loads((out / "report.json").read_text())["voice"] == voice
