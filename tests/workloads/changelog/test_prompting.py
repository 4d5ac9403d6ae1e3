"""The rule for an empty pull request, and trimming a long one."""

from __future__ import annotations

import pytest

from hybrid.workloads.changelog.prompting import fallback_entry, fit_description, is_empty
from hybrid.workloads.changelog.schema import PullRequest

pytestmark = pytest.mark.unit


def test_an_empty_or_template_only_description_is_type_none():
    template = "<!-- Describe your change -->\n\nFixes #\n\n- [ ] Tests added\n- [ ] Docs updated"
    for body in ("", "   ", template):
        pull = PullRequest(pr=9, title="bump version to 1.2", description=body)
        assert is_empty(pull)
        e = fallback_entry(pull)
        assert (e.type, e.breaking, e.pr, e.summary) == ("none", False, 9, "Bump version to 1.2")
    assert fallback_entry(PullRequest(pr=9, title="")).summary == "Make an undescribed internal change"
    assert not is_empty(PullRequest(pr=9, description="- [x] Fixed the crash on boot"))


def test_a_long_description_is_trimmed_at_a_line_and_the_trim_is_stated():
    words = lambda text: len(text.split())  # noqa: E731
    pull = PullRequest(pr=5, description="\n".join(f"line {i} " + "word " * 10 for i in range(50)))
    text, note = fit_description(pull, 100, words)
    assert words(text) <= 100 and pull.description.startswith(text) and text.endswith("word ")
    total = words(pull.description)
    assert note == f"PR #5: description trimmed from {total} to {words(text)} tokens to fit the context window"
    assert fit_description(pull, 10_000, words) == (pull.description, None)
    one_line = PullRequest(pr=6, description="word " * 500)
    text, note = fit_description(one_line, 40, words)
    assert words(text) <= 40 and note
