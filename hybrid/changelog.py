"""The changelog workload: pull-request descriptions in, Keep-a-Changelog entries out.

`ChangelogEntry` is the schema. Its JSON schema bounds every string, so constrained
decoding always finishes inside the token budget; its validators hold the house rules
that a JSON schema cannot say (an imperative summary, deprecations are never breaking,
the entry names the pull request it came from).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from hybrid.errors import HybridError

if TYPE_CHECKING:
    from hybrid.pipeline import Draft, HybridPipeline
    from hybrid.style.corpus import StyleExample

ChangeType = Literal["added", "changed", "fixed", "removed", "security", "deprecated", "none"]
SECTIONS: dict[str, str] = {
    "security": "Security",
    "removed": "Removed",
    "deprecated": "Deprecated",
    "changed": "Changed",
    "added": "Added",
    "fixed": "Fixed",
}
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


@dataclass(frozen=True)
class Labelled:
    """A pull request with its reference entry (the corpora's format)."""

    pull: PullRequest
    entry: ChangelogEntry


# -- reading -----------------------------------------------------------------------
def read_labelled(path: Path) -> list[Labelled]:
    """Read `corpora/changelog/*.jsonl`: one pull request and its `entry` per line."""
    out = []
    for n, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        data = _json(line, path, n)
        try:
            pull = PullRequest.model_validate(data)
            entry = ChangelogEntry.model_validate(data.get("entry"), context={"pr": pull.pr})
        except ValidationError as exc:
            raise ChangelogError(f"{path}:{n}: {describe(exc)}") from None
        out.append(Labelled(pull, entry))
    if not out:
        raise ChangelogError(f"{path} is empty: one JSON object per line, with pr, title, description and entry")
    return out


def read_pull_requests(folder: Path) -> list[PullRequest]:
    """Read a folder of pull requests, sorted by number.

    - `*.md`: optional front matter (`pr:`, `repo:`, `title:`) then the body; without
      `pr:`, the number is the file name's digits (`1423.md`, `pr-1423.md`); without
      `title:`, a first `# heading` is the title.
    - `*.json`: one object with `pr`, `repo`, `title`, `description`.
    - `*.jsonl`: one such object per line.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ChangelogError(f"{folder} is not a folder of pull requests (*.md, *.json, *.jsonl)")
    pulls: list[PullRequest] = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".md":
            pulls.append(_read_markdown(path))
        elif path.suffix == ".json":
            pulls.append(_validate(_json(path.read_text(encoding="utf-8"), path, 1), path, 1))
        elif path.suffix == ".jsonl":
            for n, line in enumerate(_lines(path), 1):
                if line.strip():
                    pulls.append(_validate(_json(line, path, n), path, n))
    if not pulls:
        raise ChangelogError(f"{folder} holds no pull requests (*.md, *.json or *.jsonl files)")
    seen: dict[int, int] = {}
    for p in pulls:
        seen[p.pr] = seen.get(p.pr, 0) + 1
    twice = sorted(n for n, c in seen.items() if c > 1)
    if twice:
        raise ChangelogError(f"{folder}: pull request number(s) {twice} appear more than once")
    return sorted(pulls, key=lambda p: p.pr)


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        raise ChangelogError(f"{path} does not exist")
    return path.read_text(encoding="utf-8").splitlines()


def _json(text: str, path: Path, n: int) -> dict:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ChangelogError(f"{path}:{n}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ChangelogError(f"{path}:{n}: expected a JSON object, got {type(data).__name__}")
    return data


def _validate(data: dict, path: Path, n: int) -> PullRequest:
    try:
        return PullRequest.model_validate(data)
    except ValidationError as exc:
        raise ChangelogError(f"{path}:{n}: {describe(exc)}") from None


def _read_markdown(path: Path) -> PullRequest:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    if text.startswith("---\n") and "\n---" in text[4:]:
        head, text = text[4:].split("\n---", 1)
        text = text.lstrip("-").lstrip("\n")
        for line in head.splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                meta[key.strip()] = value.strip().strip("\"'")
    if "title" not in meta and text.startswith("# "):
        first, _, text = text.partition("\n")
        meta["title"] = first[2:].strip()
    if "pr" not in meta:
        digits = re.findall(r"\d+", path.stem)
        if not digits:
            raise ChangelogError(f"{path}: no pull request number: add 'pr: N' front matter or name it N.md")
        meta["pr"] = digits[-1]
    return _validate({**meta, "description": text.strip()}, path, 1)


def describe(exc: ValidationError) -> str:
    """Name every failing field and rule, one per clause."""
    from hybrid.structured.validation import field_errors

    return "; ".join(field_errors(exc))


# -- prompting ---------------------------------------------------------------------
_TEMPLATE_NOISE = re.compile(r"<!--.*?-->|^\s*[-*] \[ \].*$|^\s*(Fixes|Closes|Resolves) #\s*$", re.S | re.M)


def is_empty(pull: PullRequest) -> bool:
    """True when the body says nothing: blank, or only an unfilled PR template."""
    return not _TEMPLATE_NOISE.sub("", pull.description).strip()


def request_text(pull: PullRequest, description: str | None = None) -> str:
    """The request the model sees for one pull request."""
    body = pull.description if description is None else description
    head = f"Write the changelog entry for pull request #{pull.pr}"
    head += f" in {pull.repo}." if pull.repo else "."
    return f"{head}\nTitle: {pull.title.strip() or '(none)'}\n\n{body.strip() or '(no description)'}"


def fit_description(pull: PullRequest, budget: int, count: Callable[[str], int]) -> tuple[str, str | None]:
    """The description cut to `budget` tokens at a line boundary, and a note when cut."""
    total = count(pull.description)
    if total <= budget:
        return pull.description, None
    kept: list[str] = []
    for line in pull.description.splitlines():
        if count("\n".join([*kept, line])) > budget:
            break
        kept.append(line)
    if not kept:  # one enormous line: cut by characters, ~4 a token
        kept = [pull.description[: max(budget, 1) * 4]]
        while kept[0] and count(kept[0]) > budget:
            kept[0] = kept[0][: int(len(kept[0]) * 0.9)]
    text = "\n".join(kept)
    return text, f"PR #{pull.pr}: description trimmed from {total} to {count(text)} tokens to fit the context window"


def fallback_entry(pull: PullRequest) -> ChangelogEntry:
    """The entry for a PR with an empty body: nothing to tell users, so `none`."""
    title = re.sub(r"\s+", " ", pull.title).strip().rstrip(".")
    summary = title[:1].upper() + title[1:100] if title else ""
    try:
        return ChangelogEntry(type="none", scope="internal", summary=summary, breaking=False, pr=pull.pr)
    except ValidationError:
        return ChangelogEntry(
            type="none", scope="internal", summary="Make an undescribed internal change", breaking=False, pr=pull.pr
        )


# -- writing -----------------------------------------------------------------------
def render_section(entries: Sequence[ChangelogEntry], heading: str) -> str:
    """A Keep-a-Changelog section; `none` entries are left out, breaking ones come first."""
    lines = [f"## {heading}", ""]
    for kind, title in SECTIONS.items():
        rows = sorted((e for e in entries if e.type == kind), key=lambda e: (not e.breaking, e.scope, e.pr))
        if rows:
            lines += [f"### {title}", "", *(e.line() for e in rows), ""]
    hidden = sum(1 for e in entries if e.type == "none")
    if hidden:
        lines += [f"<!-- {hidden} pull request(s) with no user-visible change left out -->", ""]
    return "\n".join(lines)


# -- training ----------------------------------------------------------------------
def training_examples(path: Path) -> list[StyleExample]:
    """The corpus as prompt/response pairs, laid out exactly as `draft(schema=...)` prompts."""
    from hybrid.structured.prompting import layout, schema_instruction
    from hybrid.style.corpus import CorpusError, StyleExample

    try:
        rows = read_labelled(path)
    except ChangelogError as exc:
        raise CorpusError(str(exc)) from None
    instruction = schema_instruction(ChangelogEntry)
    return [
        StyleExample(instruction=f"{request_text(r.pull)}\n\n{instruction}", response=layout(r.entry)) for r in rows
    ]


# -- drafting ----------------------------------------------------------------------
@dataclass
class EntryResult:
    """One pull request's entry, and how it was made."""

    pull: PullRequest
    entry: ChangelogEntry
    draft: Draft | None  # None when no model ran (an empty description)
    notes: list[str]


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
    count = getattr(pipeline.generator, "count_tokens", None) or (lambda text: len(text) // 4 + 1)
    room = pipeline.room_for_request(department, ChangelogEntry, mechanism)
    room -= count(request_text(pull, ""))
    description, note = fit_description(pull, max(room, 0), count)
    draft = pipeline.draft(
        request_text(pull, description),
        department,
        retrieval=False,
        adapter=adapter,
        schema=ChangelogEntry,
        mechanism=mechanism,
        retries=retries,
        examples=[(request_text(e.pull), e.entry) for e in examples],
        validation_context={"pr": pull.pr},
        pinned={"pr": pull.pr},  # the number is known: the model need not copy it
    )
    assert isinstance(draft.data, ChangelogEntry)
    notes = [note] if note else []
    return EntryResult(pull, draft.data, draft, notes + list(draft.notes))
