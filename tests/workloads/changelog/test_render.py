"""Keep-a-Changelog sections."""

from __future__ import annotations

import pytest

from hybrid.workloads.changelog.render import render_section
from hybrid.workloads.changelog.schema import ChangelogEntry

pytestmark = pytest.mark.unit


def entry(**kw):
    base = {"type": "fixed", "scope": "motor", "summary": "Stop the desk drifting", "breaking": False, "pr": 7}
    return ChangelogEntry(**{**base, **kw})


def test_the_section_groups_by_type_puts_breaking_first_and_leaves_out_none():
    section = render_section(
        [
            entry(pr=1),
            entry(pr=2, type="removed", scope="api", summary="Remove the v1 endpoint", breaking=True),
            entry(pr=3, type="none", scope="ci", summary="Speed up CI"),
            entry(pr=4, type="removed", scope="app", summary="Remove the old widget"),
        ],
        "1.2.0 - 2026-11-25",
    )
    assert section.index("### Removed") < section.index("### Fixed")
    assert section.index("**Breaking:** api: Remove the v1 endpoint (#2)") < section.index("app: Remove the old widget")
    assert "Speed up CI" not in section and "1 pull request(s) with no user-visible change" in section
