"""Drafting one pull request's entry: the one place a changelog `DraftSpec` is built, for
`draft_entry` and for the eval's format section alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hybrid.pipeline.spec import DraftSpec, SchemaSpec
from hybrid.workloads.changelog.prompting import fallback_entry, fit_description, is_empty, request_text
from hybrid.workloads.changelog.schema import ChangelogEntry, Labelled, PullRequest

if TYPE_CHECKING:
    from hybrid.pipeline import Draft, HybridPipeline


@dataclass
class EntryResult:
    """One pull request's entry, and how it was made."""

    pull: PullRequest
    entry: ChangelogEntry
    draft: Draft | None  # None when no model ran (an empty description)
    notes: list[str]


def entry_spec(
    pull: PullRequest,
    department: str = "changelog",
    *,
    description: str | None = None,
    use_adapter: bool = True,
    mechanism: str = "constrained",
    retries: int = 2,
    examples: Sequence[Labelled] = (),
    pin_pr: bool = True,
    max_new_tokens: int | None = None,
) -> DraftSpec:
    """The draft request for `pull`'s entry: no retrieval, the `ChangelogEntry` schema, the
    PR's own number as validation context and, with `pin_pr`, emitted as known.

    `description` replaces the body (a trimmed one); `pin_pr=False` leaves the number to
    the model, which is what the eval measures."""
    schema = SchemaSpec(
        model=ChangelogEntry,
        mechanism=mechanism,
        retries=retries,
        examples=tuple((request_text(e.pull), e.entry) for e in examples),
        validation_context={"pr": pull.pr},
        pinned={"pr": pull.pr} if pin_pr else {},
    )
    return DraftSpec(
        request=request_text(pull, description),
        department=department,
        retrieval=False,
        use_adapter=use_adapter,
        max_new_tokens=max_new_tokens,
        schema_=schema,
    )


def draft_entry(
    pipeline: HybridPipeline,
    pull: PullRequest,
    department: str = "changelog",
    *,
    adapter: bool = True,
    mechanism: str = "constrained",
    retries: int = 2,
    examples: Sequence[Labelled] = (),
) -> EntryResult:
    """The changelog entry for one pull request.

    - An empty body (blank, or an unfilled template) is `type="none"` by rule, with no
      model call: there is nothing to tell users.
    - A body longer than the context window allows is cut at a line boundary, and the
      result's notes say so.
    - `pr` is pinned: under a grammar the number is emitted as known, not copied by the
      model (which misread 255 as 256); a free reply with another number is rejected.
    - An entry that fails validation after the retries raises `StructuredOutputError`.
    - `examples` are shown as earlier turns (few-shot).
    """
    if is_empty(pull):
        return EntryResult(pull, fallback_entry(pull), None, [f"PR #{pull.pr}: empty description, so type 'none'"])
    count = pipeline.budget.count  # the generator's tokenizer, or the pipeline's one estimate
    room = pipeline.room_for_request(department, ChangelogEntry, mechanism) - count(request_text(pull, ""))
    description, note = fit_description(pull, max(room, 0), count)
    spec = entry_spec(
        pull,
        department,
        description=description,
        use_adapter=adapter,
        mechanism=mechanism,
        retries=retries,
        examples=examples,
    )
    draft = pipeline.draft(spec)
    if not isinstance(draft.data, ChangelogEntry):  # the pipeline validated it: this would be a pipeline bug
        raise TypeError(f"expected a ChangelogEntry, got {type(draft.data).__name__}")
    notes = [note] if note else []
    return EntryResult(pull, draft.data, draft, notes + list(draft.notes))
