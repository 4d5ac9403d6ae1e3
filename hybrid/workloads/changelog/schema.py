"""The changelog entry's schema and house rules, and the pull request it is written from.

`ChangelogEntry`'s JSON schema bounds every string, so constrained decoding always
finishes inside the token budget; its validators hold the house rules that a JSON schema
cannot say (an imperative summary, deprecations are never breaking, the entry names the
pull request it came from).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from hybrid.errors import HybridError

ChangeType = Literal["added", "changed", "fixed", "removed", "security", "deprecated", "none"]
# Words that end like a past tense, gerund or third person but are base-form verbs.
_BASE_FORMS = {"embed", "exceed", "feed", "proceed", "seed", "shed", "speed", "succeed", "bring", "string", "ring"}


class ChangelogError(HybridError):
    """A pull-request file is unreadable or malformed; the message names file and field."""


class ChangelogEntry(BaseModel):
    """One changelog line for one pull request."""

    model_config = ConfigDict(extra="forbid")

    type: ChangeType = Field(
        description="added, changed, fixed, removed, security, deprecated, or none when nothing user-visible changed."
    )
    scope: str = Field(
        min_length=1,
        max_length=20,
        pattern=r"^[a-z0-9][a-z0-9-]{0,19}$",
        description="Product area users see (e.g. booking, webhooks), lowercase; for none, the area touched (ci).",
    )
    summary: str = Field(
        min_length=3,
        max_length=100,
        description="Imperative sentence ('Fix ...', 'Add ...'), at most 100 characters, no trailing period.",
    )
    breaking: bool = Field(description="True only when users or integrators must act.")
    pr: int = Field(ge=1, le=999999, description="The pull request's number.")

    @field_validator("summary")
    @classmethod
    def _imperative(cls, value: str) -> str:
        if value != value.strip() or "\n" in value:
            raise ValueError("one line: no leading or trailing space, no line breaks")
        if value.endswith("."):
            raise ValueError("no trailing period")
        first = value.split()[0]
        if not first[0].isupper():
            raise ValueError(f"imperative: start with a capitalised verb, not {first!r}")
        word = first.lower().rstrip(":,")
        if word not in _BASE_FORMS and (
            word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
        ):
            raise ValueError(f"imperative: start with the base verb ('Fix', 'Add'), not {first!r}")
        return value

    @field_validator("pr")
    @classmethod
    def _same_pr(cls, value: int, info: ValidationInfo) -> int:
        expected = (info.context or {}).get("pr")
        if expected is not None and value != expected:
            raise ValueError(f"must be the pull request's number, {expected}, not {value}")
        return value

    @model_validator(mode="after")
    def _breaking_needs_a_visible_change(self) -> ChangelogEntry:
        if self.breaking and self.type in ("deprecated", "none"):
            raise ValueError(
                f"breaking: a {self.type!r} entry is never breaking"
                + (" (a deprecated feature still works)" if self.type == "deprecated" else " (nothing user-visible)")
            )
        return self

    def line(self) -> str:
        """The Markdown bullet for a CHANGELOG section."""
        mark = "**Breaking:** " if self.breaking else ""
        return f"- {mark}{self.scope}: {self.summary} (#{self.pr})"


class PullRequest(BaseModel):
    """A pull request as the workload reads it."""

    model_config = ConfigDict(extra="ignore")

    pr: int = Field(ge=1, le=999999, description="Pull request number.")
    repo: str = Field(default="", description="Repository, e.g. halcyon/fleet-api.")
    title: str = Field(default="", description="The PR's title.")
    description: str = Field(default="", description="The PR body, Markdown, as written.")


class LabelledLine(PullRequest):
    """One line of `corpora/changelog/*.jsonl`: a pull request and its reference entry."""

    entry: ChangelogEntry = Field(description="The reference entry; its `pr` must be the line's `pr`.")


@dataclass(frozen=True)
class Labelled:
    """A pull request with its reference entry (the corpora's format)."""

    pull: PullRequest
    entry: ChangelogEntry
