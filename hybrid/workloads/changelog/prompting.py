"""What the model is asked for one pull request, how a long body is cut to fit, and the
rule for a body that says nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import ValidationError

from hybrid.workloads.changelog.schema import ChangelogEntry, PullRequest

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
    if not kept:  # one enormous line: start from ~4 characters a token, then shrink until it fits
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
