"""The changelog workload: its schema's rules, reading PR folders, trimming, the section."""

from __future__ import annotations

import collections
import json

import pytest
from pydantic import ValidationError

from hybrid.changelog import (
    ChangelogEntry,
    ChangelogError,
    PullRequest,
    fallback_entry,
    fit_description,
    is_empty,
    read_labelled,
    read_pull_requests,
    render_section,
)
from tests.conftest import REPO

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


def test_the_shipped_corpus_is_the_size_the_workload_needs_and_every_reference_validates():
    train = read_labelled(REPO / "corpora/changelog/train.jsonl")
    heldout = read_labelled(REPO / "corpora/changelog/heldout.jsonl")
    assert len(train) + len(heldout) >= 250 and len(heldout) >= 50
    assert {e.entry.type for e in heldout} == {"added", "changed", "fixed", "removed", "security", "deprecated", "none"}
    assert not {e.pull.pr for e in train} & {e.pull.pr for e in heldout}
    assert collections.Counter(e.entry.breaking for e in heldout)[True] >= 3


def test_a_malformed_corpus_line_names_file_line_and_field(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {"pr": 5, "title": "t", "description": "d"}
    path.write_text(
        json.dumps({**good, "entry": {**entry().model_dump(), "pr": 5}})
        + "\n"
        + json.dumps({**good, "entry": {**entry().model_dump(), "type": "fixd", "pr": 5}})
        + "\n"
    )
    with pytest.raises(ChangelogError, match=r"bad.jsonl:2: field 'type'"):
        read_labelled(path)


def test_a_folder_of_markdown_json_and_jsonl_pull_requests(tmp_path):
    (tmp_path / "pr-12.md").write_text("# Fix the drift\n\nThe desk drifted.\n")
    (tmp_path / "x.md").write_text("---\npr: 3\nrepo: halcyon/api\ntitle: SSO: match case\n---\nBody here\n")
    (tmp_path / "a.json").write_text(json.dumps({"pr": 40, "title": "T", "description": "D"}))
    (tmp_path / "b.jsonl").write_text(json.dumps({"pr": 41}) + "\n\n" + json.dumps({"pr": 42, "title": "Q"}) + "\n")
    (tmp_path / "notes.txt").write_text("ignored")
    pulls = read_pull_requests(tmp_path)
    assert [p.pr for p in pulls] == [3, 12, 40, 41, 42]
    assert (pulls[0].title, pulls[0].repo, pulls[0].description) == ("SSO: match case", "halcyon/api", "Body here")
    assert (pulls[1].title, pulls[1].description) == ("Fix the drift", "The desk drifted.")


def test_bad_pull_request_folders_name_the_file(tmp_path):
    with pytest.raises(ChangelogError, match="no pull requests"):
        read_pull_requests(tmp_path)
    (tmp_path / "notes.md").write_text("no number anywhere")
    with pytest.raises(ChangelogError, match=r"notes.md: no pull request number"):
        read_pull_requests(tmp_path)
    (tmp_path / "notes.md").unlink()
    (tmp_path / "7.json").write_text("{oops")
    with pytest.raises(ChangelogError, match=r"7.json:1: not valid JSON"):
        read_pull_requests(tmp_path)
    (tmp_path / "7.json").write_text(json.dumps({"pr": "seven"}))
    with pytest.raises(ChangelogError, match=r"7.json:1: field 'pr'"):
        read_pull_requests(tmp_path)


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
