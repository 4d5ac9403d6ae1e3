"""Where the changelog workload used to live; it is now `hybrid.workloads.changelog`.

Kept so `--schema hybrid.changelog:ChangelogEntry`, `serve.schemas` settings and existing
imports keep working. Names resolve lazily, as in the workload package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hybrid.workloads.changelog import EXPORTS

if TYPE_CHECKING:
    from pydantic import ValidationError

    from hybrid.workloads.changelog.corpus import training_examples
    from hybrid.workloads.changelog.draft import EntryResult, draft_entry, entry_spec
    from hybrid.workloads.changelog.prompting import fallback_entry, fit_description, is_empty, request_text
    from hybrid.workloads.changelog.pulls import read_labelled, read_pull_requests
    from hybrid.workloads.changelog.render import SECTIONS, render_section
    from hybrid.workloads.changelog.schema import ChangelogEntry, ChangelogError, ChangeType, Labelled, PullRequest

__all__ = [
    "SECTIONS",
    "ChangeType",
    "ChangelogEntry",
    "ChangelogError",
    "EntryResult",
    "Labelled",
    "PullRequest",
    "describe",
    "draft_entry",
    "entry_spec",
    "fallback_entry",
    "fit_description",
    "is_empty",
    "read_labelled",
    "read_pull_requests",
    "render_section",
    "request_text",
    "training_examples",
]


def describe(exc: ValidationError) -> str:
    """Name every failing field and rule, one per clause."""
    from hybrid.structured.validation import field_errors

    return "; ".join(field_errors(exc))


def __getattr__(name: str) -> Any:
    import hybrid.workloads.changelog as workload

    if name in EXPORTS:
        return getattr(workload, name)
    raise AttributeError(f"module 'hybrid.changelog' has no attribute {name!r}")
