"""Keep-a-Changelog sections from entries."""

from __future__ import annotations

from collections.abc import Sequence

from hybrid.workloads.changelog.schema import ChangelogEntry

# Section order: what users must act on first.
SECTIONS: dict[str, str] = {
    "security": "Security",
    "removed": "Removed",
    "deprecated": "Deprecated",
    "changed": "Changed",
    "added": "Added",
    "fixed": "Fixed",
}


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
