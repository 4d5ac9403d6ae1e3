"""The changelog entry's house rules: what a reviewer would reject, the schema rejects."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from hybrid.workloads.changelog.schema import ChangelogEntry

pytestmark = pytest.mark.unit


def entry(**kw):
    base = {"type": "fixed", "scope": "motor", "summary": "Stop the desk drifting", "breaking": False, "pr": 7}
    return ChangelogEntry(**{**base, **kw})


@pytest.mark.parametrize(
    ("summary", "rule"),
    [
        ("Fixed the desk drifting", "imperative"),
        ("Fixes the desk drifting", "imperative"),
        ("fix the desk drifting", "capitalised"),
        ("Fix the desk drifting.", "no trailing period"),
    ],
)
def test_summary_rules(summary, rule):
    with pytest.raises(ValidationError, match=rule):
        entry(summary=summary)


def test_base_verbs_that_look_inflected_are_allowed():
    for summary in ("Embed the fonts", "Process refunds on the same day", "Bring back the old icon", "Fix ssl"):
        assert entry(summary=summary).summary == summary


def test_deprecations_and_internal_changes_are_never_breaking():
    with pytest.raises(ValidationError, match="never breaking"):
        entry(type="deprecated", breaking=True)
    with pytest.raises(ValidationError, match="never breaking"):
        entry(type="none", breaking=True)
    assert entry(type="removed", breaking=True).breaking
