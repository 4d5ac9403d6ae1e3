"""A real SIGKILL mid-ingest, and two processes ingesting at once."""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hybrid.knowledge import Knowledge
from hybrid.knowledge.manifest import Manifest
from hybrid.settings import KnowledgeSettings
from hybrid.testing import FakeEmbedder
from tests.knowledge.conftest import long_markdown

pytestmark = pytest.mark.unit
REPO = Path(__file__).resolve().parents[2]


def worker(state: Path, root: Path, delay: float) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.knowledge.ingest_worker", str(state), str(root), str(delay)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path.cwd(),
    )


def write_corpus(root: Path, tag: str, files: int = 6) -> None:
    root.mkdir(exist_ok=True)
    for i in range(files):
        (root / f"doc{i}.md").write_text(long_markdown(sections=3, sentences=6, tag=f"{tag}{i}"))


def contents(k: Knowledge) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    for page in k.store.iter_all(include=("metadatas",)):
        for meta in page["metadatas"]:
            c[(meta["source"], meta["content_hash"])] += 1
    return c


def open_knowledge(state: Path) -> Knowledge:
    return Knowledge(FakeEmbedder(), state, KnowledgeSettings(chunk_size=40, chunk_overlap=5, embed_batch_size=4))


@pytest.mark.parametrize("kill_after_batches", [1, 4])
def test_a_killed_ingest_is_repaired_with_no_duplicates_or_orphans(isolated, kill_after_batches):
    root, state = isolated / "corpus", isolated / "state"
    write_corpus(root, "v1", files=12)  # 96 chunks: 6 pooled embedding calls
    open_knowledge(state).ingest([root])
    write_corpus(root, "v2", files=12)  # every file changes: the killed run is mid-update
    proc = worker(state, root, delay=0.2)
    for _ in range(kill_after_batches):
        assert proc.stdout is not None and proc.stdout.readline().startswith("batch")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert Manifest.load(state / "manifest-hybrid.json").dirty  # the journal saw the crash

    clean = open_knowledge(isolated / "clean")
    clean.ingest([root])
    expected = contents(clean)
    repaired = open_knowledge(state)
    assert contents(repaired) != expected  # the kill really left a half-updated store

    summary = repaired.ingest([root])
    assert summary.repaired
    assert contents(repaired) == expected  # same chunks, each exactly once  # same chunks, each exactly once
    manifest = Manifest.load(state / "manifest-hybrid.json")
    assert not manifest.dirty
    assert manifest.expected_ids() == {cid for p in repaired.store.iter_all(include=()) for cid in p["ids"]}


def test_two_processes_ingesting_at_once_do_not_corrupt_the_store(isolated):
    root, state = isolated / "corpus", isolated / "state"
    write_corpus(root, "x", files=4)
    procs = [worker(state, root, delay=0.02) for _ in range(2)]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    k = open_knowledge(state)
    got = contents(k)
    assert max(got.values()) == 1
    clean = open_knowledge(isolated / "clean")
    clean.ingest([root])
    assert got == contents(clean)
    # the lock serialised them: only one embedded, the other found everything unchanged
    assert sum("batch" in o for o in outs) == 1
    assert k.ingest([root]).counts()["unchanged"] == 4


def test_opening_a_fresh_store_waits_for_another_process_opening_it(isolated):
    # Chroma creates its schema on first open with no lock of its own: two `ingest` runs
    # on a fresh state folder once died in CI with "table collections already exists".
    from filelock import FileLock

    root, state = isolated / "corpus", isolated / "state"
    write_corpus(root, "x", files=1)
    state.mkdir()
    with FileLock(str(state / "chroma-open.lock")):
        proc = worker(state, root, delay=0.0)
        with pytest.raises(subprocess.TimeoutExpired):
            proc.communicate(timeout=15)  # imports done well within this; opening must wait
        assert not (state / "chroma" / "chroma.sqlite3").exists()
    out = proc.communicate(timeout=120)[0]
    assert proc.returncode == 0 and "done" in out, out
