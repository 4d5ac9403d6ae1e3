from __future__ import annotations

import collections
from pathlib import Path

import pytest

from hybrid.errors import InputPathError
from tests.fixtures import minimal_pdf
from tests.knowledge.conftest import long_markdown

pytestmark = pytest.mark.unit


def store_rows(k) -> list[dict]:
    rows = []
    for page in k.store.iter_all(include=("metadatas", "documents")):
        for cid, meta, doc in zip(page["ids"], page["metadatas"], page["documents"], strict=True):
            rows.append({"id": cid, "doc": doc, **meta})
    return rows


def test_first_ingest_indexes_every_file_with_provenance(make_knowledge, docs):
    k = make_knowledge()
    s = k.ingest([docs])
    assert sorted(s.added) == ["docs/policies.txt", "docs/products/atlas.md", "docs/products/orion.md"]
    rows = store_rows(k)
    assert len(rows) == s.chunks_added == s.chunks_total
    atlas = [r for r in rows if r["source"] == "docs/products/atlas.md"]
    text = (docs / "products" / "atlas.md").read_text()
    for r in atlas:
        assert r["title"] == "Atlas desk" and r["department"] == "engineering"
        assert text[r["start_char"] : r["end_char"]] == r["doc"]
        assert len(r["content_hash"]) == 64
    assert {r["heading"] for r in atlas} >= {"Atlas desk/Price"}


def test_a_pdf_passage_carries_its_page(make_knowledge, docs):
    (docs / "guide.pdf").write_bytes(
        minimal_pdf([["Vega lamp user guide", "Unpack the box first."], ["The Vega lamp costs 89 dollars."]])
    )
    k = make_knowledge()
    k.ingest([docs])
    hits = {p.source: p for p in k.retrieve("Vega lamp costs 89 dollars", k=10)}
    price = next(p for p in k.retrieve("Vega lamp costs 89 dollars", k=10) if "89" in p.text)
    assert price.source == "docs/guide.pdf" and price.page == 2
    assert hits["docs/products/atlas.md"].page is None  # only PDFs have pages
    assert {r["page"] for r in store_rows(k) if r["source"] == "docs/guide.pdf"} == {1, 2}


def test_unchanged_files_cost_a_hash_check_not_an_embedding(make_knowledge, docs, embedder):
    k = make_knowledge()
    k.ingest([docs])
    before = embedder.embedded
    s = k.ingest([docs])
    assert embedder.embedded == before
    assert len(s.unchanged) == 3 and not (s.added or s.updated or s.deleted)


def test_only_the_changed_file_is_re_embedded(make_knowledge, docs, embedder):
    k = make_knowledge()
    k.ingest([docs])
    before_ids = {r["id"] for r in store_rows(k) if r["source"] != "docs/products/orion.md"}
    (docs / "products" / "orion.md").write_text("# Orion chair\n\nThe Orion chair now costs $529.\n")
    before = embedder.embedded
    s = k.ingest([docs])
    assert s.updated == ["docs/products/orion.md"]
    assert embedder.embedded - before == s.chunks_added
    rows = store_rows(k)
    orion = [r["doc"] for r in rows if r["source"] == "docs/products/orion.md"]
    assert any("$529" in d for d in orion) and not any("$499" in d for d in orion)
    assert before_ids <= {r["id"] for r in rows}  # other files' chunks and ids untouched


def test_every_chunk_of_a_multi_chunk_document_survives_an_update(make_knowledge, isolated):
    # Regression guard for the LlamaIndex bug class that kept only the last chunk on upsert.
    root = isolated / "hb"
    root.mkdir()
    f = root / "handbook.md"
    f.write_text(long_markdown())
    k = make_knowledge()
    first = k.ingest([root])
    assert first.chunks_added >= 5
    f.write_text(long_markdown(tag="b"))
    second = k.ingest([root])
    rows = [r for r in store_rows(k) if r["source"] == "hb/handbook.md"]
    assert len(rows) == second.chunks_added >= 5
    assert all("b" in r["heading"] for r in rows if r["heading"].startswith("Handbook/Section"))
    text = f.read_text()
    for r in rows:
        assert text[r["start_char"] : r["end_char"]] == r["doc"]


def test_deleted_files_lose_their_chunks(make_knowledge, docs):
    k = make_knowledge()
    k.ingest([docs])
    (docs / "policies.txt").unlink()
    s = k.ingest([docs])
    assert s.deleted == ["docs/policies.txt"] and s.chunks_deleted >= 1
    assert not [r for r in store_rows(k) if r["source"] == "docs/policies.txt"]


def test_ingesting_one_folder_does_not_delete_another(make_knowledge, docs, isolated):
    other = isolated / "other"
    other.mkdir()
    (other / "note.md").write_text("# Note\n\nThe Vega arm holds 9 kg.\n")
    k = make_knowledge()
    k.ingest([docs, other])
    s = k.ingest([other])
    assert not s.deleted
    assert {r["source"] for r in store_rows(k)} >= {"docs/products/atlas.md", "other/note.md"}


def test_missing_path_is_named_and_nothing_is_lost(make_knowledge, docs):
    k = make_knowledge()
    k.ingest([docs])
    before = k.count()
    with pytest.raises(InputPathError, match="no/such/dir"):
        k.ingest([docs, Path("no/such/dir")])
    assert k.count() == before


def test_bad_files_are_skipped_with_reasons_and_keep_old_chunks(make_knowledge, docs):
    k = make_knowledge()
    k.ingest([docs])
    (docs / "empty.md").write_text("")
    (docs / "blob.txt").write_bytes(b"\x00\x00\xffdata")
    (docs / "image.png").write_bytes(b"\x89PNG")
    (docs / "policies.txt").write_bytes(b"")  # was indexed; now empty
    s = k.ingest([docs])
    reasons = {x.path: x.reason for x in s.skipped}
    assert reasons["docs/empty.md"] == "empty file"
    assert "binary" in reasons["docs/blob.txt"]
    assert "unsupported file type '.png'" in reasons["docs/image.png"]
    assert "kept its 1 previously indexed chunk" in reasons["docs/policies.txt"]
    assert [r for r in store_rows(k) if r["source"] == "docs/policies.txt"]


def test_department_flag_tags_and_retags(make_knowledge, docs):
    k = make_knowledge()
    k.ingest([docs], department="legal")
    assert {r["department"] for r in store_rows(k)} == {"legal"}
    s = k.ingest([docs], department="support")
    assert len(s.updated) == 3
    assert {r["department"] for r in store_rows(k)} == {"support"}


def test_chunk_ids_are_stable_and_unique(make_knowledge, docs):
    k = make_knowledge()
    k.ingest([docs])
    ids = [r["id"] for r in store_rows(k)]
    assert len(ids) == len(set(ids))
    # a section added to the file keeps the ids of the chunks that did not change
    f = docs / "products" / "orion.md"
    f.write_text(f.read_text() + "\n## Colours\n\nThe Orion ships in Slate and Sand.\n")
    k.ingest([docs])
    assert set(ids) <= {r["id"] for r in store_rows(k)}


def test_no_duplicate_chunks_after_many_runs(make_knowledge, docs):
    k = make_knowledge()
    for i in range(3):
        (docs / "products" / "orion.md").write_text(f"# Orion\n\nVersion {i} of the page.\n")
        k.ingest([docs])
    counts = collections.Counter((r["source"], r["content_hash"]) for r in store_rows(k))
    assert max(counts.values()) == 1


def test_a_stream_that_fails_mid_file_leaves_the_old_chunks_alone(make_knowledge, isolated, monkeypatch):
    from hybrid.knowledge import readers

    root = isolated / "big"
    root.mkdir()
    f = root / "log.txt"
    f.write_text("\n\n".join(f"Entry {i}: order {i * 3} shipped." for i in range(300)))
    k = make_knowledge(stream_threshold_mb=0.001, embed_batch_size=4)
    k.ingest([root])
    before = {r["id"] for r in store_rows(k)}
    f.write_text("\n\n".join(f"Entry {i}: order {i * 5} returned." for i in range(300)))
    real = readers._stream_blocks

    def failing(path, encoding):
        for n, block in enumerate(real(path, encoding)):
            if n == 3:
                raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
            yield block

    monkeypatch.setattr(readers, "BLOCK_CHARS", 2000)
    monkeypatch.setattr(readers, "_stream_blocks", failing)
    s = k.ingest([root])
    assert "cannot decode text" in s.skipped[0].reason and "kept its" in s.skipped[0].reason
    assert {r["id"] for r in store_rows(k)} == before


class Recording:
    """A `Progress` that notes each call and how many embedding calls had run by then."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.events: list[tuple] = []

    def stage(self, name: str, total: int) -> None:
        self.events.append(("stage", name, total))

    def advance(self, steps: int = 1) -> None:
        self.events.append(("advance", steps, self.embedder.calls))


def test_progress_is_one_stage_advanced_as_each_file_is_read(make_knowledge, docs, embedder):
    k = make_knowledge()
    progress = Recording(embedder)
    k.ingest([docs], progress=progress)
    # Pooled chunks are embedded once, at the end; the bar still moves file by file.
    assert progress.events == [("stage", "ingest", 3), *[("advance", 1, 0)] * 3]
    progress.events.clear()
    (docs / "products" / "orion.md").write_text("# Orion chair\n\nThe Orion chair now costs $529.\n")
    k.ingest([docs], progress=progress)
    assert progress.events == [("stage", "ingest", 3), *[("advance", 1, 1)] * 3]


def test_the_old_callbacks_still_work_in_file_order_with_a_warning(make_knowledge, docs):
    k = make_knowledge()
    started: list[int] = []
    files: list[str] = []
    with pytest.warns(DeprecationWarning, match="progress="):
        k.ingest([docs], on_start=started.append, on_file=lambda source, chunks: files.append(source))
    assert started == [3]
    assert files == ["docs/policies.txt", "docs/products/atlas.md", "docs/products/orion.md"]


def test_an_ingestor_runs_twice_with_nothing_left_over_from_the_first_run(make_knowledge, docs, embedder):
    from hybrid.knowledge.chunking import Chunker
    from hybrid.knowledge.ingest import Ingestor

    k = make_knowledge()
    ingestor = Ingestor(k.store, embedder, Chunker(embedder.count_tokens, 40, 5), k.manifest_path)
    first = ingestor.run([docs])
    second = ingestor.run([docs])
    assert len(first.added) == 3 and first.chunks_added > 0
    assert len(second.unchanged) == 3 and second.chunks_added == 0 and not second.added


def test_a_manifest_with_the_old_unused_keys_still_loads(isolated):
    import json

    from hybrid.knowledge.manifest import Manifest

    path = isolated / "manifest.json"
    entry = {"sha256": "ab", "size": 3, "department": "legal", "chunks": ["c1"]}
    path.write_text(
        json.dumps({"version": 1, "embedder": "m", "collection": "hybrid", "dirty": True, "files": {"a.md": entry}})
    )
    manifest = Manifest.load(path)
    assert manifest.dirty and manifest.expected_ids() == {"c1"}
    assert "embedder" not in manifest.model_dump()


def test_a_symlink_loop_and_a_link_out_of_the_folder_are_skipped_with_a_reason_and_the_rest_indexed(isolated):
    from hybrid.testing import fake_knowledge

    docs = isolated / "docs"
    docs.mkdir()
    (docs / "real.md").write_text("# Real\n\nThe Atlas desk lifts at 38 mm/s.\n")
    (docs / "loop.md").symlink_to(docs / "loop.md")
    outside = isolated / "secret.md"
    outside.write_text("# Secret\n\nNot for the index.\n")
    (docs / "out.md").symlink_to(outside)
    knowledge = fake_knowledge({}, isolated / "k")
    summary = knowledge.ingest([docs])
    reasons = {Path(s.path).name: s.reason for s in summary.skipped}
    assert "symlink loop" in reasons["loop.md"]
    assert "outside the folders given" in reasons["out.md"]
    assert [Path(a).name for a in summary.added] == ["real.md"]


def test_links_out_of_the_folder_are_followed_when_asked_and_dropped_when_the_link_goes(isolated):
    from hybrid.knowledge.layer import KnowledgeConfig
    from hybrid.testing import fake_knowledge

    docs = isolated / "docs"
    docs.mkdir()
    (docs / "real.md").write_text("# Real\n\nThe Atlas desk lifts at 38 mm/s.\n")
    shared = isolated / "shared"
    shared.mkdir()
    (shared / "policy.md").write_text("# Policy\n\nRefunds are paid within 30 days.\n")
    (docs / "policy.md").symlink_to(shared / "policy.md")
    knowledge = fake_knowledge({}, isolated / "k", KnowledgeConfig(follow_outside_links=True))
    summary = knowledge.ingest([docs])
    assert not summary.skipped
    assert sorted(Path(a).name for a in summary.added) == ["policy.md", "real.md"]
    assert any("30 days" in p.text for p in knowledge.retrieve("refunds paid days", k=5, mode="bm25"))

    (docs / "policy.md").unlink()  # the link goes; the file it pointed to stays
    again = knowledge.ingest([docs])
    assert [Path(d).name for d in again.deleted] == ["policy.md"] and (shared / "policy.md").exists()
    assert all("30 days" not in p.text for p in knowledge.retrieve("refunds paid days", k=5, mode="bm25"))
