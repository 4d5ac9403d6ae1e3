"""Many writers on one Chroma server collection: the ingest lease and journal live in the
server, so processes with their own state folders (as separate machines have) take turns,
and a writer killed with SIGKILL mid-ingest is repaired by the next one, from any machine.

A real `chroma run` on 127.0.0.1; the embedder is the fake one (the server is what is
under test), slowed so that the runs really overlap in time."""

from __future__ import annotations

import collections
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hybrid.knowledge import Knowledge
from hybrid.knowledge.journal import coordination_name
from hybrid.knowledge.lease import LEASE_ID
from hybrid.testing import FakeEmbedder
from tests.knowledge.conftest import long_markdown
from tests.knowledge.server_ingest_worker import server_config

pytestmark = [pytest.mark.integration, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


def worker(url: str, state: Path, root: Path, paths: list[Path], delay: float, lease_s: float) -> subprocess.Popen:
    args = [url, str(state), str(root), str(delay), str(lease_s), *map(str, paths)]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.knowledge.server_ingest_worker", *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def write_folder(folder: Path, tag: str, files: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        (folder / f"{tag}{i}.md").write_text(long_markdown(sections=3, sentences=6, tag=f"{folder.name}{tag}{i}"))


def contents(k: Knowledge) -> collections.Counter:
    """(document, chunk text hash) -> how many times the store holds it."""
    c: collections.Counter = collections.Counter()
    for page in k.store.iter_all(include=("metadatas",)):
        for meta in page["metadatas"]:
            c[(meta["source"], meta["content_hash"])] += 1
    return c


def reference(root: Path, state: Path, paths: list[Path]) -> collections.Counter:
    """What one embedded ingest of `paths` stores: the state every writer must converge to."""
    clean = Knowledge(FakeEmbedder(), state, server_config(None), root=root)
    clean.ingest(paths)
    return contents(clean)


def on_server(url: str, root: Path, state: Path, lease_s: float = 30.0) -> Knowledge:
    return Knowledge(FakeEmbedder(), state, server_config(url, lease_s), root=root)


def finish(proc: subprocess.Popen) -> tuple[list[float], dict]:
    out = proc.communicate(timeout=180)[0]
    assert proc.returncode == 0, out
    lines = out.splitlines()
    batches = [float(line.split()[2]) for line in lines if line.startswith("batch")]
    return batches, json.loads(lines[-1].removeprefix("done "))


def test_two_writers_on_overlapping_folders_index_every_file_exactly_once(chroma_server, isolated):
    corpus = isolated / "corpus"
    write_folder(corpus / "a", "a", 3)
    write_folder(corpus / "b", "b", 3)
    write_folder(corpus / "shared", "s", 3)
    first, second = [corpus / "a", corpus / "shared"], [corpus / "b", corpus / "shared"]

    procs = [
        worker(chroma_server, isolated / "machine1" / ".hybrid", isolated, first, delay=0.1, lease_s=30),
        worker(chroma_server, isolated / "machine2" / ".hybrid", isolated, second, delay=0.1, lease_s=30),
    ]
    (times1, done1), (times2, done2) = (finish(p) for p in procs)

    # The lease made them take turns: one run's embedding batches all came before the other's.
    assert times1 and times2 and (max(times1) < min(times2) or max(times2) < min(times1))
    # The shared folder was embedded by whichever ran first and found unchanged by the other.
    assert done1["added"] + done2["added"] == 9
    assert sorted([done1["unchanged"], done2["unchanged"]]) == [0, 3]

    k = on_server(chroma_server, isolated, isolated / "reader" / ".hybrid")
    got = contents(k)
    assert max(got.values()) == 1  # no chunk twice
    assert got == reference(isolated, isolated / "clean", [corpus / "a", corpus / "b", corpus / "shared"])
    journal = k.coordination.journal.load()
    assert not journal.dirty and len(journal.files) == 9
    assert journal.expected_ids() == {cid for page in k.store.iter_all(include=()) for cid in page["ids"]}
    # Nothing of it lives in the writers' own state folders.
    assert not list((isolated / "machine1" / ".hybrid").glob("manifest-*"))
    assert k.lock.read() is None  # both released the lease


def test_a_writer_killed_mid_ingest_is_repaired_by_the_next_writer_on_another_machine(chroma_server, isolated):
    corpus = isolated / "corpus"
    write_folder(corpus / "docs", "v1-", 8)
    lease_s = 5.0
    on_server(chroma_server, isolated, isolated / "machine1" / ".hybrid", lease_s).ingest([corpus / "docs"])
    write_folder(corpus / "docs", "v2-", 8)  # new files, and every v1 file edited below
    for f in sorted((corpus / "docs").glob("v1-*.md")):
        f.write_text(f.read_text() + "\n## Addendum\n\nA changed rule number 999 applies.\n")

    proc = worker(chroma_server, isolated / "machine1" / ".hybrid", isolated, [corpus / "docs"], 0.3, lease_s)
    for _ in range(3):
        assert proc.stdout is not None and proc.stdout.readline().startswith("batch")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    other = on_server(chroma_server, isolated, isolated / "machine2" / ".hybrid", lease_s)
    assert other.coordination.journal.load().dirty  # the server's journal saw the crash
    assert other.lock.read() is not None  # and the dead writer's lease still stands
    expected = reference(isolated, isolated / "clean", [corpus / "docs"])
    assert contents(other) != expected  # the kill really left a half-updated store

    t0 = time.monotonic()
    summary = other.ingest([corpus / "docs"])
    waited = time.monotonic() - t0
    assert summary.repaired
    assert any("took over the ingest lease" in n for n in summary.notes)
    assert waited < lease_s + 15  # it waited out the lease, not the 600 s lock timeout
    assert contents(other) == expected  # every chunk exactly once, no orphans, none lost
    journal = other.coordination.journal.load()
    assert not journal.dirty
    assert journal.expected_ids() == {cid for page in other.store.iter_all(include=()) for cid in page["ids"]}
    assert other.ingest([corpus / "docs"]).counts()["unchanged"] == 16


def test_the_journal_and_lease_live_in_a_collection_of_their_own(chroma_server, isolated):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    (isolated / "docs").mkdir()
    (isolated / "docs" / "a.md").write_text("# A\n\nThe Atlas desk lifts at 38 mm/s.\n")
    k = on_server(chroma_server, isolated, isolated / ".hybrid")
    k.ingest([isolated / "docs"])
    host, port = chroma_server.removeprefix("http://").split(":")
    client = chromadb.HttpClient(host=host, port=int(port), settings=ChromaSettings(anonymized_telemetry=False))
    names = {c.name for c in client.list_collections()}
    assert {"shared-docs", coordination_name("shared-docs")} <= names
    records = client.get_collection(coordination_name("shared-docs")).get(include=["documents"])
    assert records["ids"] == ["journal"]  # the lease record is gone once released
    assert json.loads(records["documents"][0])["files"].keys() == {"docs/a.md"}
    assert LEASE_ID not in records["ids"]
