"""`hybrid demo`, which `make demo` runs: the README's promise, end to end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO = Path(__file__).resolve().parent.parent


def test_demo_drafts_every_department_then_uses_a_new_fact_without_retraining(isolated):
    shutil.copytree(REPO / "corpora", isolated / "corpora")
    shutil.copytree(REPO / "adapters", isolated / "adapters")
    before = sorted(p.relative_to(isolated) for p in (isolated / "adapters").rglob("*"))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "hybrid.cli", "demo", "--max-new-tokens", "48"],
        cwd=isolated,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    for department in ("marketing", "legal", "engineering", "support"):
        assert f"draft in the {department} voice" in out
    assert out.count("timings (s)") == 6 and out.count("sources") >= 6
    assert "new fact retrieved: yes" in out and "adapters retrained: none" in out
    assert "1 added" in out.split("4. add atlas-go-launch.md")[1]
    assert sorted(p.relative_to(isolated) for p in (isolated / "adapters").rglob("*")) == before
    assert not (isolated / "corpora/facts/atlas-go-launch.md").exists()  # never writes into the corpus
