from __future__ import annotations

from pathlib import Path

import pytest

from hybrid.knowledge import readers
from tests.fixtures import minimal_pdf

pytestmark = pytest.mark.unit


def load(path: Path, threshold: int = 8 << 20) -> tuple[str, readers.LoadedDocument]:
    info = readers.probe(path)
    doc = readers.load(path, info, threshold)
    blocks = list(doc.blocks)
    return "".join(b.text for b in blocks), readers.LoadedDocument(iter(blocks), doc.metadata, doc.notes)


def test_markdown_front_matter_becomes_metadata_and_offsets_skip_it(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Atlas\ndepartment: legal\ndate: 2026-01-02\n---\n# Heading\n\nBody text.\n")
    info = readers.probe(f)
    doc = readers.load(f, info, 1 << 20)
    block = next(doc.blocks)
    assert doc.metadata == {"title": "Atlas", "department": "legal", "date": "2026-01-02"}
    assert f.read_text()[block.offset :].startswith("# Heading")


def test_bad_front_matter_is_reported_not_fatal(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: [unclosed\n---\n# Heading\n\nBody.\n")
    text, doc = load(f)
    assert "Body." in text
    assert any("front-matter is not valid YAML" in n for n in doc.notes)


def test_non_utf8_text_uses_a_stated_fallback(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Café prices: 5 € each.".encode("cp1252"))
    text, doc = load(f)
    assert "Café" in text and "€" in text
    assert any("decoded as cp1252" in n for n in doc.notes)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.md", b"", "empty file"),
        ("bin.txt", b"\x00\x01\x02binary", "binary content"),
        ("only-fm.md", b"---\ntitle: x\n---\n", "empty file"),
        ("broken.pdf", b"%PDF-1.4 not really", "unreadable PDF"),
    ],
)
def test_unindexable_files_are_skipped_with_a_reason(tmp_path, name, data, reason):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(readers.SkipFile, match=reason):
        info = readers.probe(f)
        list(readers.load(f, info, 1 << 20).blocks)


def test_html_keeps_headings_as_structure(tmp_path):
    f = tmp_path / "p.html"
    f.write_text(
        "<html><head><title>Shipping</title><script>var x=1;</script></head><body>"
        "<h1>Shipping policy</h1><p>Orders ship in 2 days.</p><h2>Returns</h2><ul><li>30 days</li></ul>"
        "</body></html>"
    )
    text, doc = load(f)
    assert doc.metadata["title"] == "Shipping"
    assert "# Shipping policy" in text and "## Returns" in text and "- 30 days" in text
    assert "var x" not in text


def _minimal_pdf(lines: list[str]) -> bytes:
    return minimal_pdf([lines])


def test_pdf_text_is_extracted(tmp_path):
    f = tmp_path / "spec.pdf"
    f.write_bytes(_minimal_pdf(["Nimbus pod spec sheet", "Noise reduction 32 dB"]))
    text, _ = load(f)
    assert "Nimbus pod" in text and "32 dB" in text


def test_each_pdf_page_is_a_block_that_knows_its_page(tmp_path):
    f = tmp_path / "guide.pdf"
    f.write_bytes(minimal_pdf([["Vega lamp user guide"], ["The Vega lamp costs 89 dollars."]]))
    _, doc = load(f)
    blocks = list(doc.blocks)
    assert [b.page for b in blocks] == [1, 2]
    assert "89 dollars" in blocks[1].text and "89 dollars" not in blocks[0].text
    assert blocks[1].offset == len(blocks[0].text) + 2  # offsets still count the whole text


def test_large_file_is_streamed_in_blocks_with_true_offsets(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "BLOCK_CHARS", 1000)
    paragraphs = [f"Paragraph {i} talks about order {i * 7}." for i in range(400)]
    source = "\n\n".join(paragraphs)
    f = tmp_path / "big.txt"
    f.write_text(source)
    info = readers.probe(f)
    doc = readers.load(f, info, stream_threshold_bytes=2000)
    blocks = list(doc.blocks)
    assert len(blocks) > 5
    assert all(len(b.text) <= 2000 for b in blocks)
    for b in blocks:
        assert source[b.offset : b.offset + len(b.text)] == b.text
    assert any("streamed" in n for n in doc.notes)


# -- the security review: non-regular files, binary content, HTML text (M8, L7, L9) --------


def test_a_fifo_is_skipped_without_being_opened(tmp_path):
    import os
    import threading

    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)
    result: list[str] = []

    def run() -> None:
        try:
            readers.probe(fifo)
            result.append("read")
        except readers.SkipFile as exc:
            result.append(str(exc))

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout=5)
    if t.is_alive():  # probe is blocked in open(): unblock it so the test run can end
        with open(fifo, "wb"):
            pass
        t.join(timeout=5)
        pytest.fail("probe opened the FIFO and hung")
    assert result and "not a regular file" in result[0]


def test_a_symlink_loop_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "loop1.md").symlink_to(tmp_path / "loop2.md")
    (tmp_path / "loop2.md").symlink_to(tmp_path / "loop1.md")
    assert "symlink loop" in (readers.skip_reason(tmp_path / "loop1.md", [tmp_path]) or "")
    with pytest.raises(readers.SkipFile, match="symlink loop"):
        readers.probe(tmp_path / "loop1.md")


def test_a_link_out_of_the_folder_is_skipped_unless_asked_for(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("id_rsa contents")
    root = tmp_path / "docs"
    root.mkdir()
    (root / "notes.txt").symlink_to(outside)
    (root / "inside.md").symlink_to(root / "real.md")
    (root / "real.md").write_text("# Real\n\nText.\n")
    assert "outside" in (readers.skip_reason(root / "notes.txt", [root]) or "")
    assert readers.skip_reason(root / "notes.txt", [root], follow_outside=True) is None
    assert readers.skip_reason(root / "inside.md", [root]) is None
    assert readers.skip_reason(root / "real.md", [root]) is None


def test_binary_content_without_nul_bytes_is_skipped(tmp_path):
    import random

    rng = random.Random(7)
    f = tmp_path / "binary-nonul.md"
    f.write_bytes(bytes(rng.choice(range(1, 256)) for _ in range(20_000)))
    with pytest.raises(readers.SkipFile, match="binary"):
        readers.probe(f)


@pytest.mark.parametrize(
    "text",
    [
        "Prix : 12 € — café crème, déjà vu.\n" * 50,  # UTF-8 with many non-ASCII letters
        "Größe: 12 m², Übergröße möglich.\n" * 50,
        "価格は12ドルです。配送は5日です。\n" * 50,
    ],
)
def test_text_in_other_scripts_is_still_text(tmp_path, text):
    f = tmp_path / "t.md"
    f.write_text(text, encoding="utf-8")
    assert readers.probe(f).encoding == "utf-8-sig"


def test_legacy_single_byte_text_is_still_text(tmp_path):
    f = tmp_path / "t.txt"
    f.write_bytes(("Café crème costs €3 — déjà vu. " * 40).encode("cp1252"))
    assert readers.probe(f).encoding == "cp1252"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div>Text inside a div only: the Atlas desk costs $499.</div></body></html>",
        "<html><body><article><span>Text in a span: the Atlas desk costs $499.</span></article></body></html>",
        "<html><body>Bare body text: the Atlas desk costs $499.</body></html>",
        "<html><body><p>Intro.</p><div>Also in a div: the Atlas desk costs $499.</div></body></html>",
    ],
)
def test_html_text_is_kept_from_every_visible_element(tmp_path, html):
    f = tmp_path / "page.html"
    f.write_text(html)
    text, _ = load(f)
    assert "the Atlas desk costs $499." in text
