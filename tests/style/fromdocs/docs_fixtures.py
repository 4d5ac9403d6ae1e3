"""A handful of small documents in one voice, in the formats `--from-docs` reads."""

from __future__ import annotations

from pathlib import Path

SENTENCE = (
    "We keep the Atlas desk warranty for {n} years, and you can ask our support team about "
    "the return policy for {m} days after your order arrives at your door."
)


def section(n: int) -> str:
    return " ".join(SENTENCE.format(n=n + k, m=30 + n + k) for k in range(2))


def write_docs(folder: Path, documents: int = 4, sections: int = 2) -> Path:
    """`documents` Markdown files of `sections` headed sections each, plus a text file."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in range(documents):
        body = [f"# Policy {d}", "", section(d * 10), ""]
        for s in range(sections):
            body += [f"## Part {s} of policy {d}", "", section(d * 10 + s + 1), ""]
        body += ["## See also", "", "- [Home](/home)", ""]
        (folder / f"policy-{d}.md").write_text("\n".join(body), encoding="utf-8")
    (folder / "note.txt").write_text(section(99) + "\n", encoding="utf-8")
    return folder


def write_docx(path: Path, title: str, paragraphs: list[tuple[str, str]]) -> Path:
    """A .docx of (style, text) paragraphs, e.g. ("Heading 1", "Returns")."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path
