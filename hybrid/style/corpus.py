"""Style corpora: `corpora/style/<department>/{train,heldout}.jsonl` and `STYLE.md`.

Each line holds an `instruction`, a `context` of passages (the facts the response uses,
written as retrieved passages would be, some marked as distractors) and the `response`
in the department's voice. The adapter learns the voice and how to use supplied facts,
not the facts themselves (the retrieval-aware idea of RAFT, Zhang et al., 2024).
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from hybrid.errors import HybridError
from hybrid.jsonl import parse_jsonl
from hybrid.prompts import Source

# The optional file that names a corpus folder's format.
CORPUS_FILE = "corpus.toml"
STYLE_FORMAT = "style"
STYLE_GUIDE = "STYLE.md"


class CorpusError(HybridError):
    """A style corpus is missing, empty or malformed; the message names file and line."""


class ContextPassage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str = Field(description="The passage's source file, as retrieval would report it.")
    text: str = Field(min_length=1, description="The passage text.")
    distractor: bool = Field(default=False, description="Irrelevant passage the response must ignore.")


class StyleExample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    instruction: str = Field(min_length=1, description="What the department was asked to write.")
    context: list[ContextPassage] = Field(default_factory=list, description="Passages the response may use.")
    response: str = Field(min_length=1, description="The response, in the department's voice.")

    def sources(self) -> list[Source]:
        return [Source(p.source, p.text) for p in self.context]


@dataclass(frozen=True)
class StyleCorpus:
    department: str
    folder: Path
    train: list[StyleExample]
    heldout: list[StyleExample]
    style_guide: str
    fingerprint: str


Reader = Callable[[Path], list[StyleExample]]


def read_examples(path: Path) -> list[StyleExample]:
    """The style format: one `StyleExample` per line."""
    if not path.is_file():
        raise CorpusError(f"{path} does not exist")
    text = path.read_text(encoding="utf-8")
    examples = [example for _, example in parse_jsonl(text, path, StyleExample, CorpusError)]
    if not examples:
        raise CorpusError(f"{path} is empty: a style corpus needs examples, one JSON object per line")
    return examples


def read_style_guide(folder: Path) -> str | None:
    """A corpus folder's `STYLE.md`, if it has one: the one place the guide is read, for
    training and for the prompt (`<style_dir>/<department>` is that department's corpus)."""
    path = Path(folder) / STYLE_GUIDE
    return path.read_text(encoding="utf-8") if path.is_file() else None


def corpus_format(folder: Path) -> str:
    """The `format` the folder's optional `corpus.toml` declares; "style" without one.

    The style layer reads only its own format; a workload's format (`format = "changelog"`)
    is mapped to its reader above this layer (`hybrid.workloads.corpora`)."""
    path = Path(folder) / CORPUS_FILE
    if not path.is_file():
        return STYLE_FORMAT
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{path}: not valid TOML ({exc})") from None
    unknown = sorted(set(data) - {"format"})
    if unknown:
        raise CorpusError(f'{path}: unknown key {unknown[0]!r}; the only key is format = "<name>"')
    value = data.get("format", STYLE_FORMAT)
    if not isinstance(value, str) or not value:
        raise CorpusError(f'{path}: format must be a name, e.g. format = "changelog", not {value!r}')
    return value


def load_corpus(folder: Path, department: str | None = None, reader: Reader | None = None) -> StyleCorpus:
    """Read a department's corpus folder; `heldout.jsonl` and `STYLE.md` are optional.

    `reader` turns `train.jsonl`/`heldout.jsonl` into examples (default: the style format,
    `read_examples`); a folder whose `corpus.toml` declares another format needs its reader."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"style corpus folder {folder} does not exist")
    if reader is None:
        declared = corpus_format(folder)
        if declared != STYLE_FORMAT:
            raise CorpusError(
                f"{folder / CORPUS_FILE} declares format {declared!r}, not a style corpus: load it with "
                "hybrid.workloads.corpora.load_corpus, which picks that format's reader"
            )
        reader = read_examples
    train = reader(folder / "train.jsonl")
    heldout = reader(folder / "heldout.jsonl") if (folder / "heldout.jsonl").exists() else []
    guide = read_style_guide(folder) or ""
    h = hashlib.sha256()
    for name in ("train.jsonl", "heldout.jsonl", STYLE_GUIDE):
        if (folder / name).is_file():
            h.update(name.encode())
            h.update(hashlib.sha256((folder / name).read_bytes()).digest())
    return StyleCorpus(department or folder.name, folder, train, heldout, guide, h.hexdigest())
