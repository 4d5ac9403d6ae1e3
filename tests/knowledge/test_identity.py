"""Document identity (security review H1): keys never depend on the working directory, a run
from another folder deletes nothing of another folder, one file has one key, `forget`
removes on purpose, and a store keyed the old way is migrated in place."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hybrid.knowledge import Knowledge
from hybrid.knowledge.identity import DocumentKeys
from hybrid.knowledge.ingest import Ingestor
from hybrid.knowledge.layer import ABSOLUTE
from hybrid.knowledge.manifest import Manifest
from hybrid.settings import KnowledgeSettings

pytestmark = pytest.mark.unit

CFG = KnowledgeSettings(chunk_size=40, chunk_overlap=5)


def write_docs(root: Path, n: int, tag: str) -> Path:
    root.mkdir(parents=True)
    for i in range(n):
        (root / f"s-{i}.md").write_text(f"# S {i}\n\nUnique code {tag}{i:03d}Z here.\n")
    return root


def sources(k: Knowledge) -> list[str]:
    return sorted(m["source"] for page in k.store.iter_all() for m in page["metadatas"])


@pytest.fixture
def shared(isolated: Path, embedder) -> tuple[Path, Knowledge]:
    """The review's setup: 2 folders indexed from `isolated` into a state dir given by path."""
    write_docs(isolated / "docs", 6, "DOCCODE")
    write_docs(isolated / "docs2", 4, "FILECODE")
    k = Knowledge(embedder, isolated / "state", CFG)
    k.ingest([Path("docs"), Path("docs2")])
    return isolated, k


def test_ingest_from_another_folder_deletes_nothing_of_the_first(shared, embedder, monkeypatch):
    root, k = shared
    before = k.count()
    (root / "elsewhere").mkdir()
    (root / "elsewhere" / "x.md").write_text("# x\n\nUnrelated file.\n")
    monkeypatch.chdir(root / "elsewhere")
    s = Knowledge(embedder, root / "state", CFG).ingest([Path(".")])
    assert (len(s.added), s.deleted, s.chunks_deleted) == (1, [], 0)
    assert s.chunks_total == before + 1


def test_the_same_file_from_another_folder_keeps_its_one_key(shared, embedder, monkeypatch):
    root, k = shared
    before = sources(k)
    (root / "sub").mkdir()
    monkeypatch.chdir(root / "sub")
    again = Knowledge(embedder, root / "state", CFG)
    s = again.ingest([Path("../docs2")])
    assert (len(s.unchanged), s.added, s.chunks_added) == (4, [], 0)
    assert sources(again) == before


def test_search_returns_a_passage_once_whatever_folder_ingested_it(shared, embedder, monkeypatch):
    root, _ = shared
    (root / "sub").mkdir()
    monkeypatch.chdir(root / "sub")
    k = Knowledge(embedder, root / "state", CFG)
    k.ingest([Path("../docs2")])
    hits = [p for p in k.retrieve("FILECODE003Z", k=10, mode="bm25") if "FILECODE003Z" in p.text]
    assert [p.source for p in hits] == ["docs2/s-3.md"]


def test_without_a_root_keys_are_absolute_real_paths_and_a_link_is_the_same_file(isolated, embedder):
    docs = write_docs(isolated / "docs", 2, "ABS")
    os.symlink(docs, isolated / "alias")
    k = Knowledge(embedder, isolated / "state", CFG, root=ABSOLUTE)
    first = k.ingest([docs])
    assert sorted(first.added) == sorted((docs / f"s-{i}.md").resolve().as_posix() for i in range(2))
    second = k.ingest([isolated / "alias"])
    assert (second.added, len(second.unchanged)) == ([], 2)


def test_files_outside_the_root_are_keyed_by_absolute_path(isolated, embedder, tmp_path):
    outside = write_docs(tmp_path / "outside", 1, "OUT")
    k = Knowledge(embedder, isolated / "state", CFG, root=isolated)
    s = k.ingest([outside])
    assert s.added == [(outside / "s-0.md").resolve().as_posix()]


def test_forget_removes_chunks_bm25_hits_and_manifest_entries(shared, embedder):
    root, k = shared
    before = k.count()
    done = k.forget([root / "docs2" / "s-1.md", Path("docs"), Path("never/indexed.md")])
    assert done.not_indexed == ["never/indexed.md"]
    assert sorted(done.forgotten) == ["docs/s-0.md", "docs/s-1.md", "docs/s-2.md", "docs/s-3.md", "docs/s-4.md",
                                      "docs/s-5.md", "docs2/s-1.md"]  # fmt: skip
    assert done.chunks_total == before - done.chunks_deleted and done.chunks_deleted >= 7
    assert not [p for p in k.retrieve("DOCCODE002Z", k=10, mode="bm25") if "DOCCODE002Z" in p.text]
    manifest = Manifest.load(k.manifest_path)
    assert sorted(manifest.files) == ["docs2/s-0.md", "docs2/s-2.md", "docs2/s-3.md"] and not manifest.dirty
    # forgotten, not excluded: the files are still on disk and the next ingest brings them back
    assert len(k.ingest([Path("docs")]).added) == 6


def test_forget_accepts_a_key_as_search_printed_it_from_another_folder(shared, embedder, monkeypatch):
    root, _ = shared
    (root / "sub").mkdir()
    monkeypatch.chdir(root / "sub")
    done = Knowledge(embedder, root / "state", CFG).forget(["docs2/s-2.md"])
    assert (done.forgotten, done.not_indexed) == (["docs2/s-2.md"], [])


def old_style_store(root: Path, embedder, cwd: Path) -> Knowledge:
    """A store as the old code wrote it: keys and chunk ids relative to the working
    directory of the run, manifest version 1 (no root)."""
    k = Knowledge(embedder, root / "state", CFG)
    os.chdir(cwd)
    ingestor = Ingestor(k.store, embedder, _chunker(k), k.manifest_path, keys=DocumentKeys(cwd))
    ingestor.run([root / "docs"])
    ingestor.run([(root / "docs2").resolve()])
    manifest = json.loads(k.manifest_path.read_text())
    manifest.update(version=1)
    manifest.pop("root")
    k.manifest_path.write_text(json.dumps(manifest))
    return k


def _chunker(k: Knowledge):
    from hybrid.knowledge.chunking import Chunker

    return Chunker(k.embedder.count_tokens, CFG.chunk_size, CFG.chunk_overlap)


def test_an_old_cwd_keyed_store_is_migrated_once_in_place(isolated, embedder, monkeypatch):
    project = isolated / "proj"
    write_docs(project / "docs", 3, "MIG")
    write_docs(project / "docs2", 2, "MIGB")
    old = old_style_store(project, embedder, project / "docs")  # the old run was made inside docs/
    assert "s-0.md" in Manifest.load(old.manifest_path).files
    ids_before = {cid for page in old.store.iter_all(include=()) for cid in page["ids"]}
    embedded = embedder.embedded
    monkeypatch.chdir(project)
    k = Knowledge(embedder, project / "state", CFG, root=project)
    s = k.ingest([Path("docs"), Path("docs2")])
    assert embedder.embedded == embedded and s.chunks_added == 0  # nothing re-embedded
    assert (len(s.unchanged), s.added, s.deleted) == (5, [], [])
    assert any("re-keyed 5 document(s)" in n for n in s.notes)
    assert {cid for page in k.store.iter_all(include=()) for cid in page["ids"]} == ids_before
    assert sorted(set(sources(k))) == ["docs/s-0.md", "docs/s-1.md", "docs/s-2.md", "docs2/s-0.md", "docs2/s-1.md"]
    assert [p.source for p in k.retrieve("MIG001Z", k=3, mode="bm25") if "MIG001Z" in p.text] == ["docs/s-1.md"]
    again = k.ingest([Path("docs")])
    assert not any("re-keyed" in n for n in again.notes) and len(again.unchanged) == 3


def test_migration_merges_a_file_stored_under_two_old_keys(isolated, embedder, monkeypatch):
    project = isolated / "proj"
    write_docs(project / "docs", 2, "DUP")
    k = Knowledge(embedder, project / "state", CFG)
    ingestor = Ingestor(k.store, embedder, _chunker(k), k.manifest_path, keys=DocumentKeys(project))
    ingestor.run([project / "docs"])
    # The review's second run, from a sub folder, keyed the same file by its absolute path.
    second = project / "state" / "second.json"
    Ingestor(k.store, embedder, _chunker(k), second, keys=DocumentKeys(None)).run([project / "docs" / "s-1.md"])
    manifest = json.loads(k.manifest_path.read_text())
    manifest["files"].update(json.loads(second.read_text())["files"])
    assert len(manifest["files"]) == 3  # s-1.md twice: the bug as the old code left it
    manifest.update(version=1, root="")
    k.manifest_path.write_text(json.dumps(manifest))
    monkeypatch.chdir(project)
    fresh = Knowledge(embedder, project / "state", CFG, root=project)
    s = fresh.ingest([Path("docs")])
    assert len(s.unchanged) == 2 and s.chunks_added == 0
    assert sorted(Manifest.load(fresh.manifest_path).files) == ["docs/s-0.md", "docs/s-1.md"]
    hits = [p for p in fresh.retrieve("DUP001Z", k=5, mode="bm25") if "DUP001Z" in p.text]
    assert [p.source for p in hits] == ["docs/s-1.md"]
