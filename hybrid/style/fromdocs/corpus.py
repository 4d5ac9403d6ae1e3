"""A folder of documents -> a style corpus (`train.jsonl`, `heldout.jsonl`, `STYLE.md`).

Each usable section becomes one drafting example (instruction from its headings, context
of its facts as source passages plus distractors, response the section itself with
citations) and up to two rewrite rows. The split is by document. Everything random is
drawn from one `random.Random(seed)` in a fixed order, so the same folder and seed give
byte-identical files.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hybrid.atomic import write_json, write_text
from hybrid.style.corpus import STYLE_GUIDE, StyleExample
from hybrid.style.fromdocs.contexts import build_context
from hybrid.style.fromdocs.documents import DocsError, Skipped, read_folder
from hybrid.style.fromdocs.guide import style_guide
from hybrid.style.fromdocs.instructions import instruction
from hybrid.style.fromdocs.rewrites import rewrite_examples
from hybrid.style.fromdocs.sections import Section, split_sections
from hybrid.style.fromdocs.split import heldout_documents

MIN_SECTIONS = 5
REPORT = "from_docs.json"


@dataclass
class DocsCorpus:
    """The examples made from a folder and what was left out of them."""

    folder: Path
    department: str
    train: list[StyleExample]
    heldout: list[StyleExample]
    style_guide: str
    fingerprints: dict[str, str]
    heldout_documents: list[str]
    sections: int
    rewrites: int
    skipped_sections: dict[str, int]
    unreadable: list[Skipped] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "documents": len(self.fingerprints),
            "sections": self.sections,
            "skipped_sections": self.skipped_sections,
            "unreadable": [{"path": s.path, "reason": s.reason} for s in self.unreadable],
            "train_examples": len(self.train),
            "heldout_examples": len(self.heldout),
            "rewrite_examples": self.rewrites,
            "heldout_documents": self.heldout_documents,
        }


def example(section: Section, others: list[Section], rng: random.Random) -> StyleExample:
    context, response = build_context(section, others, rng)
    return StyleExample(instruction=instruction(section), context=context, response=response)


def build_docs_corpus(folder: Path, department: str, heldout: float = 0.15, seed: int = 0) -> DocsCorpus:
    """Read `folder` and make its training and held-out examples; refuses fewer than
    MIN_SECTIONS usable sections. Held-out sections get no rewrite rows: the held-out loss
    measures drafting, as the shipped voices' does."""
    read = read_folder(folder)
    sections: list[Section] = []
    skipped: Counter[str] = Counter()
    for doc in read.documents:
        found = split_sections(doc)
        sections += found.kept
        skipped += found.skipped
    if len(sections) < MIN_SECTIONS:
        raise DocsError(
            f"{folder}: {len(sections)} usable section(s) in {len(read.documents)} document(s), fewer than the "
            f"minimum of {MIN_SECTIONS} (skipped: {dict(skipped) or 'none'}); add documents or longer sections"
        )
    held = heldout_documents([s.document for s in sections], heldout, seed)
    rng = random.Random(seed)
    train: list[StyleExample] = []
    held_out: list[StyleExample] = []
    rewrites = 0
    for section in sections:
        (held_out if section.document in held else train).append(example(section, sections, rng))
        if section.document not in held:
            rows = rewrite_examples(section)
            train += rows
            rewrites += len(rows)
    guide = style_guide(department, [s for s in sections if s.document not in held])
    return DocsCorpus(
        Path(folder),
        department,
        train,
        held_out,
        guide,
        read.fingerprints,
        sorted(held),
        len(sections),
        rewrites,
        dict(sorted(skipped.items())),
        read.skipped,
    )


def drop_too_long(corpus: DocsCorpus, too_long: Callable[[StyleExample], bool], why: str) -> DocsCorpus:
    """The corpus without the examples `too_long` refuses (counted under `why`): one long
    section must not stop a whole folder from training."""
    train = [e for e in corpus.train if not too_long(e)]
    heldout = [e for e in corpus.heldout if not too_long(e)]
    dropped = len(corpus.train) + len(corpus.heldout) - len(train) - len(heldout)
    if not dropped:
        return corpus
    skipped = {**corpus.skipped_sections, why: corpus.skipped_sections.get(why, 0) + dropped}
    return replace(corpus, train=train, heldout=heldout, skipped_sections=skipped)


def _jsonl(examples: list[StyleExample]) -> str:
    return "".join(json.dumps(e.model_dump(), ensure_ascii=False) + "\n" for e in examples)


def write_docs_corpus(corpus: DocsCorpus, dest: Path) -> None:
    """`train.jsonl`, `heldout.jsonl`, `STYLE.md` and the report into `dest`, each atomically."""
    dest.mkdir(parents=True, exist_ok=True)
    write_text(dest / "train.jsonl", _jsonl(corpus.train))
    write_text(dest / "heldout.jsonl", _jsonl(corpus.heldout))
    write_text(dest / STYLE_GUIDE, corpus.style_guide)
    write_json(dest / REPORT, corpus.report())
