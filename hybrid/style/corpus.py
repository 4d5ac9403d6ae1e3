"""Style corpora: `corpora/style/<department>/{train,heldout}.jsonl` and `STYLE.md`.

Each line holds an `instruction`, a `context` of passages (the facts the response uses,
written as retrieved passages would be, some marked as distractors) and the `response`
in the department's voice. The adapter learns the voice and how to use supplied facts,
not the facts themselves (the retrieval-aware idea of RAFT, Zhang et al., 2024).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from hybrid.errors import HybridError
from hybrid.jsonl import parse_jsonl
from hybrid.prompts import Source


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


def read_examples(path: Path) -> list[StyleExample]:
    if not path.is_file():
        raise CorpusError(f"{path} does not exist")
    text = path.read_text(encoding="utf-8")
    examples = [example for _, example in parse_jsonl(text, path, StyleExample, CorpusError)]
    if not examples:
        raise CorpusError(f"{path} is empty: a style corpus needs examples, one JSON object per line")
    return examples


def _reader(path: Path) -> Callable[[Path], list[StyleExample]]:
    """Style records have `instruction`; pull requests with an `entry` (the changelog
    corpus) are read as structured-output examples."""
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    break  # read_examples names the line
                if isinstance(first, dict) and "entry" in first and "instruction" not in first:
                    from hybrid.changelog import training_examples

                    return training_examples
                break
    return read_examples


def load_corpus(folder: Path, department: str | None = None) -> StyleCorpus:
    """Read a department's corpus folder; `heldout.jsonl` and `STYLE.md` are optional."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"style corpus folder {folder} does not exist")
    read = _reader(folder / "train.jsonl")
    train = read(folder / "train.jsonl")
    heldout = read(folder / "heldout.jsonl") if (folder / "heldout.jsonl").exists() else []
    guide_path = folder / "STYLE.md"
    guide = guide_path.read_text(encoding="utf-8") if guide_path.is_file() else ""
    h = hashlib.sha256()
    for name in ("train.jsonl", "heldout.jsonl", "STYLE.md"):
        if (folder / name).is_file():
            h.update(name.encode())
            h.update(hashlib.sha256((folder / name).read_bytes()).digest())
    return StyleCorpus(department or folder.name, folder, train, heldout, guide, h.hexdigest())
