"""Reading labelled corpora and folders of pull requests, with errors that name file, line and field."""

from __future__ import annotations

import collections
import json

import pytest

from hybrid.workloads.changelog.pulls import read_labelled, read_pull_requests
from hybrid.workloads.changelog.schema import ChangelogEntry, ChangelogError
from tests.conftest import REPO

pytestmark = pytest.mark.unit


def entry(**kw):
    base = {"type": "fixed", "scope": "motor", "summary": "Stop the desk drifting", "breaking": False, "pr": 7}
    return ChangelogEntry(**{**base, **kw})


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
    with pytest.raises(ChangelogError, match=r"bad.jsonl:2: field 'entry.type'"):
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


def test_a_reference_entry_for_another_pull_request_is_refused(tmp_path):
    path = tmp_path / "labelled.jsonl"
    path.write_text(json.dumps({"pr": 5, "title": "t", "description": "d", "entry": entry(pr=6).model_dump()}) + "\n")
    with pytest.raises(ChangelogError, match=r"labelled.jsonl:1: field 'entry.pr': must be the pull request's number"):
        read_labelled(path)
