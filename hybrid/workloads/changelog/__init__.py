"""The changelog workload: pull-request descriptions in, Keep-a-Changelog entries out.

- `schema`: `ChangelogEntry` (the house rules), `PullRequest`, `Labelled`;
- `pulls`: reading labelled corpora and folders of pull requests;
- `prompting`: the request text, trimming a long body, the rule for an empty one;
- `draft`: `entry_spec` (the one `DraftSpec` a changelog draft uses) and `draft_entry`;
- `render`: Keep-a-Changelog sections;
- `corpus`: the labelled corpus as style-layer training examples.

Names are re-exported lazily: `--schema hybrid.changelog:ChangelogEntry` needs the schema
alone, not the pipeline and style layers that drafting and training import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

_MODULE = "hybrid.workloads.changelog"
EXPORTS: dict[str, str] = {
    **dict.fromkeys(["ChangeType", "ChangelogEntry", "ChangelogError", "Labelled", "PullRequest"], "schema"),
    **dict.fromkeys(["read_labelled", "read_pull_requests"], "pulls"),
    **dict.fromkeys(["fallback_entry", "fit_description", "is_empty", "request_text"], "prompting"),
    **dict.fromkeys(["EntryResult", "draft_entry", "entry_spec"], "draft"),
    **dict.fromkeys(["SECTIONS", "render_section"], "render"),
    "training_examples": "corpus",
}

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name in EXPORTS:
        import importlib

        return getattr(importlib.import_module(f"{_MODULE}.{EXPORTS[name]}"), name)
    raise AttributeError(f"module {_MODULE!r} has no attribute {name!r}")
