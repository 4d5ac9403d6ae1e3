"""What an eval run reads (the eval sets and the style corpora), and how it samples them."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from hybrid.errors import HybridError
from hybrid.evaluation.cases import DraftingCase, EvalFileError, read_cases
from hybrid.evaluation.retrieval import RetrievalCase, load_cases
from hybrid.settings import EvaluationSettings
from hybrid.style.corpus import StyleCorpus
from hybrid.workloads.changelog import Labelled, is_empty, read_labelled
from hybrid.workloads.corpora import load_corpus

C = TypeVar("C")


@dataclass
class EvalInputs:
    """The eval sets and style corpora a run reads, checked before any model runs."""

    retrieval: list[RetrievalCase]
    drafting: list[DraftingCase]
    changelog: list[Labelled]
    corpora: dict[str, StyleCorpus]


def load_inputs(settings: EvaluationSettings, style_dir: Path) -> EvalInputs:
    """Read every eval set; a malformed line is an `EvalFileError` naming file and line."""
    retrieval = load_cases(settings.eval_dir / "retrieval.jsonl")
    drafting = read_cases(settings.eval_dir / "drafting.jsonl", DraftingCase)
    changelog: list[Labelled] = []
    if settings.changelog_heldout.is_file():
        try:
            changelog = [c for c in read_labelled(settings.changelog_heldout) if not is_empty(c.pull)]
        except HybridError as exc:
            raise EvalFileError(str(exc)) from None
    corpora = {}
    if Path(style_dir).is_dir():
        for folder in sorted(Path(style_dir).iterdir()):
            if (folder / "train.jsonl").is_file():
                corpora[folder.name] = load_corpus(folder)
    return EvalInputs(retrieval, drafting, changelog, corpora)


def sample(cases: Sequence[C], n: int, seed: int, key: Callable[[C], str] = lambda c: "") -> list[C]:
    """`n` cases per `key` group (0: all), drawn with `seed`, kept in file order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, case in enumerate(cases):
        groups[key(case)].append(i)
    keep: list[int] = []
    for name in sorted(groups):
        order = list(groups[name])
        random.Random(f"{seed}:{name}").shuffle(order)
        keep += order[:n] if n else order
    return [cases[i] for i in sorted(keep)]
