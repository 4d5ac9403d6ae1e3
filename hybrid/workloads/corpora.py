"""Which reader turns a corpus folder's files into training examples.

The style layer reads only style corpora; a folder in a workload's format says so in its
`corpus.toml` (`format = "changelog"`), and this table maps the name to the workload's
reader. Callers that train or evaluate on any corpus folder (the CLI, the eval) load it
through `load_corpus` here, so `hybrid.style` never imports a workload.
"""

from __future__ import annotations

from pathlib import Path

from hybrid.style.corpus import (
    CORPUS_FILE,
    STYLE_FORMAT,
    CorpusError,
    Reader,
    StyleCorpus,
    corpus_format,
    read_examples,
)
from hybrid.style.corpus import load_corpus as load_style_corpus
from hybrid.workloads.changelog.corpus import training_examples

CORPUS_READERS: dict[str, Reader] = {STYLE_FORMAT: read_examples, "changelog": training_examples}


def corpus_reader(folder: Path) -> Reader:
    """The reader for the format `folder/corpus.toml` declares (the style format without one)."""
    name = corpus_format(folder)
    if name not in CORPUS_READERS:
        known = ", ".join(sorted(CORPUS_READERS))
        raise CorpusError(f"{Path(folder) / CORPUS_FILE}: format {name!r} is unknown; use one of {known}")
    return CORPUS_READERS[name]


def load_corpus(folder: Path, department: str | None = None) -> StyleCorpus:
    """`hybrid.style.load_corpus` with the reader the folder's format calls for."""
    return load_style_corpus(folder, department, reader=corpus_reader(folder))
