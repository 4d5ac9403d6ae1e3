"""Every example runs as written, on the bundled models and adapters.

The examples share one state folder, as they would in a user's checkout, so only the
first pays for indexing corpora/facts; the rest re-index incrementally.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (REPO / "examples").glob("*.py") if not p.name.startswith("_"))
EXPECT = {
    "draft_brand_voice.py": "Citations a reviewer can check",
    "swap_departments.py": "adapters resident on the one base model: marketing, legal, support",
    "update_knowledge.py": "re-indexed {'added': 0, 'updated': 1",
    "custom_retriever.py": "wiki/parking.md",
    "llamaindex_interop.py": "HybridPipeline over a LlamaIndex retriever",
    "langchain_interop.py": "LangChain answer in the support voice",
    "changelog_from_prs.py": "wrote CHANGELOG-section.md (6 pull requests)",
}


@pytest.fixture(scope="module")
def shared_state(tmp_path_factory):
    return tmp_path_factory.mktemp("examples-state")


def test_every_example_is_listed():
    assert {p.name for p in EXAMPLES} == set(EXPECT)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(example, shared_state, isolated):
    env = {**os.environ, "HYBRID_STATE_DIR": str(shared_state), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, str(example)], cwd=isolated, env=env, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert EXPECT[example.name] in proc.stdout, proc.stdout[-3000:]
