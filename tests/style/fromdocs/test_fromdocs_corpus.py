"""Documents -> sections -> examples -> split -> style guide, without a model."""

from __future__ import annotations

import json
import random
import re

import pytest

from hybrid.style.fromdocs.contexts import build_context, plain_note
from hybrid.style.fromdocs.corpus import MIN_SECTIONS, build_docs_corpus, write_docs_corpus
from hybrid.style.fromdocs.documents import DocsError, Document, changes, read_folder
from hybrid.style.fromdocs.guide import measure, recurring_phrases, style_guide
from hybrid.style.fromdocs.instructions import instruction, kind_of
from hybrid.style.fromdocs.rewrites import rewrite_examples
from hybrid.style.fromdocs.sections import MAX_WORDS, MIN_WORDS, split_sections
from hybrid.style.fromdocs.split import heldout_documents
from tests.style.fromdocs.docs_fixtures import section, write_docs, write_docx

pytestmark = pytest.mark.unit


def doc(text: str, path: str = "terms.md", title: str = "Terms of Service") -> Document:
    return Document(path, title, text, "0" * 64)


def test_every_format_is_read_and_an_unreadable_file_is_listed_with_its_reason(tmp_path):
    folder = write_docs(tmp_path / "docs", documents=1)
    (folder / "page.html").write_text(f"<html><title>Page</title><body><h2>Returns</h2><p>{section(5)}</p></body>")
    write_docx(folder / "memo.docx", "Memo", [("Heading 1", "Memo"), ("Heading 2", "Refunds"), ("Normal", section(7))])
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "empty.md").write_text("")
    (folder / "image.png").write_bytes(b"\x89PNG")
    read = read_folder(folder)
    by_path = {d.path: d for d in read.documents}
    assert set(by_path) == {"policy-0.md", "note.txt", "page.html", "memo.docx"}
    assert "## Refunds" in by_path["memo.docx"].text and by_path["memo.docx"].title == "Memo"
    assert "## Returns" in by_path["page.html"].text
    reasons = {s.path: s.reason for s in read.skipped}
    assert reasons["broken.docx"].startswith("unreadable .docx")
    assert reasons["empty.md"] == "empty file" and "unsupported file type '.png'" in reasons["image.png"]
    assert "broken.docx" in read.fingerprints  # hashed, so a fixed file shows as changed


def test_an_empty_folder_and_a_missing_one_are_named(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DocsError, match=f"{tmp_path / 'empty'} has no readable document.*empty"):
        read_folder(tmp_path / "empty")
    with pytest.raises(DocsError, match="does not exist"):
        read_folder(tmp_path / "nope")


def test_sections_split_at_headings_and_skips_are_counted():
    long = " ".join(f"Sentence number {i} says a thing about the terms of service here." for i in range(60))
    text = (
        f"Intro {section(1)}\n\n## Accounts\n\n{section(2)}\n\n### Termination\n\n{section(3)}\n\n"
        "## Short\n\nToo short.\n\n## See also\n\n"
        + section(4)
        + "\n\n"
        + "## Links only\n\n"
        + "".join(f"- [Page {i}](/p{i}) and the other page\n" for i in range(6))
        + f"\n## Long\n\n{long}\n"
    )
    found = split_sections(doc(text))
    heads = [s.headings for s in found.kept]
    assert heads[:3] == [(), ("Accounts",), ("Accounts", "Termination")]
    parts = [s.part for s in found.kept if s.headings == ("Long",)]
    assert len(parts) >= 3 and parts == list(range(1, len(parts) + 1))  # ~600 words cut at sentences
    assert all(len(re.findall(r"[A-Za-z][A-Za-z'’-]*", s.text)) <= MAX_WORDS for s in found.kept)
    assert found.skipped == {
        f"shorter than {MIN_WORDS} words": 1,
        "boilerplate heading": 1,
        "no prose (lists of links, tables or labels)": 1,
    }
    assert "](" not in "".join(s.text for s in found.kept)  # links read as their text


def test_instructions_come_from_title_headings_and_kind():
    (intro, accounts) = split_sections(doc(f"{section(1)}\n\n## Account Termination\n\n{section(2)}")).kept
    assert instruction(intro) == 'Write the opening of our terms "Terms of Service".'
    assert instruction(accounts) == 'Write the section of our terms "Terms of Service" on "Account Termination".'
    (faq,) = split_sections(
        doc(f"### Can I sync both ways?\n\n{section(3)}", "faq-08.md", "Can I sync both ways?")
    ).kept
    assert instruction(faq) == 'Answer the question "Can I sync both ways?" for our FAQ.'
    assert kind_of("GitHub Privacy Statement", "x.md") == "privacy statement"
    assert kind_of("Something", "notes.md") == "document"


def test_context_states_the_facts_plainly_with_a_distractor_and_the_response_cites_it():
    note = plain_note("We will refund your order of $120 within 30 days, provided that you ask GitHub.")
    assert "$120" in note and "30 days" in note and "GitHub" in note
    assert not {"we", "your", "you"} & set(note.lower().replace(",", "").split())
    (ours,) = split_sections(doc(section(1))).kept
    (theirs,) = split_sections(doc(section(50), "other.md", "Other")).kept
    context, response = build_context(ours, [ours, theirs], random.Random(0))
    assert [p.distractor for p in context].count(True) == 1
    assert {p.source for p in context if p.distractor} == {"other.md"}
    own = [n for n, p in enumerate(context, 1) if not p.distractor]
    assert f"[{own[0]}]" in response and "2 years" in " ".join(p.text for p in context)
    assert response.replace(f" [{own[0]}]", "") == ours.text


def test_rewrite_rows_go_from_the_plain_note_to_the_sentence_in_voice():
    (s,) = split_sections(doc(section(1))).kept
    (row,) = rewrite_examples(s)
    assert row.instruction.startswith("Restate source [1]")
    assert row.response in s.text and row.context[0].text == plain_note(row.response)


def test_the_split_holds_out_whole_documents_and_the_seed_fixes_it():
    names = [f"d{i}.md" for i in range(20)]
    held = heldout_documents(names, 0.15, seed=0)
    assert len(held) == 3 and held == heldout_documents(list(reversed(names)), 0.15, seed=0)
    assert held != heldout_documents(names, 0.15, seed=1)
    assert heldout_documents(["only.md"], 0.5, 0) == set()


def test_same_seed_same_corpus_and_heldout_documents_are_not_trained_on(tmp_path):
    folder = write_docs(tmp_path / "docs", documents=6)
    one, two = tmp_path / "one", tmp_path / "two"
    write_docs_corpus(build_docs_corpus(folder, "house", 0.3, seed=0), one)
    write_docs_corpus(build_docs_corpus(folder, "house", 0.3, seed=0), two)
    for name in ("train.jsonl", "heldout.jsonl", "STYLE.md", "from_docs.json"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    other = build_docs_corpus(folder, "house", 0.3, seed=1)
    assert other.heldout_documents != json.loads((one / "from_docs.json").read_text())["heldout_documents"]
    corpus = build_docs_corpus(folder, "house", 0.3, seed=0)
    held = set(corpus.heldout_documents)
    assert len(held) == 2 and corpus.heldout
    assert all(p.source not in held for e in corpus.train for p in e.context if not p.distractor)
    assert corpus.report()["skipped_sections"] == {"shorter than 20 words": 6}  # the "See also" links


def test_too_few_sections_are_refused_with_the_count_and_the_minimum(tmp_path):
    folder = tmp_path / "few"
    folder.mkdir()
    (folder / "a.md").write_text(f"# A\n\n{section(1)}\n\n## B\n\n{section(2)}\n\n## C\n\nshort\n")
    with pytest.raises(
        DocsError, match=rf"2 usable section\(s\) in 1 document\(s\), fewer than the minimum of {MIN_SECTIONS}"
    ):
        build_docs_corpus(folder, "house")


def test_style_guide_measures_person_length_and_recurring_phrases():
    docs = [doc(f"{section(i)} Please note we do not sell your data.", f"d{i}.md", "Policy") for i in range(3)]
    sections = [s for d in docs for s in split_sections(d).kept]
    figures = measure(sections)
    assert figures.person_per_1000["second person (you, your)"] > 0
    assert 10 < figures.mean_sentence_words < 40
    assert figures.phrases and all(count == 3 for _, count in figures.phrases)
    assert ("we do not", 3) in recurring_phrases(sections, top=100)
    assert ("we do not", 3) not in recurring_phrases(sections[:2], top=100)  # in 2 documents only
    guide = style_guide("house", sections)
    assert guide.startswith("# house voice") and "## Recurring phrases" in guide


def test_changes_names_added_removed_and_changed_documents():
    assert changes({"a": "1", "b": "2"}, {"a": "1", "b": "3", "c": "4"}) == {
        "added": ["c"],
        "removed": [],
        "changed": ["b"],
    }
