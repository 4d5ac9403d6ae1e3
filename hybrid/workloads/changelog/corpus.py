"""The labelled pull requests as style-layer training examples, so the `changelog`
adapter learns to answer exactly the prompt `draft_entry` sends."""

from __future__ import annotations

from pathlib import Path

from hybrid.structured.prompting import layout, schema_instruction
from hybrid.style.corpus import CorpusError, StyleExample
from hybrid.workloads.changelog.prompting import request_text
from hybrid.workloads.changelog.pulls import read_labelled
from hybrid.workloads.changelog.schema import ChangelogEntry, ChangelogError


def training_examples(path: Path) -> list[StyleExample]:
    """The corpus as prompt/response pairs, laid out exactly as `draft(schema=...)` prompts."""
    try:
        rows = read_labelled(path)
    except ChangelogError as exc:
        raise CorpusError(str(exc)) from None
    instruction = schema_instruction(ChangelogEntry)
    return [
        StyleExample(instruction=f"{request_text(r.pull)}\n\n{instruction}", response=layout(r.entry)) for r in rows
    ]
