"""Reading pull requests: labelled corpora (`corpora/changelog/*.jsonl`) and folders of
`*.md`, `*.json` and `*.jsonl` files, all through the one strict parser in `hybrid.jsonl`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hybrid.jsonl import parse_jsonl, parse_record, validate_record
from hybrid.workloads.changelog.schema import ChangelogError, Labelled, LabelledLine, PullRequest


def _text(path: Path) -> str:
    if not path.is_file():
        raise ChangelogError(f"{path} does not exist")
    return path.read_text(encoding="utf-8")


def _entry_context(data: Any) -> dict[str, Any] | None:
    # The entry's validator checks its `pr` against the line's own number.
    pr = data.get("pr") if isinstance(data, dict) else None
    return {"pr": pr} if isinstance(pr, int) else None


def read_labelled(path: Path) -> list[Labelled]:
    """Read `corpora/changelog/*.jsonl`: one pull request and its `entry` per line."""
    lines = parse_jsonl(_text(path), path, LabelledLine, ChangelogError, _entry_context)
    out = [Labelled(PullRequest.model_validate(line.model_dump(exclude={"entry"})), line.entry) for _, line in lines]
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
            pulls.append(parse_record(_text(path), path, 1, PullRequest, ChangelogError))
        elif path.suffix == ".jsonl":
            pulls += [pull for _, pull in parse_jsonl(_text(path), path, PullRequest, ChangelogError)]
    if not pulls:
        raise ChangelogError(f"{folder} holds no pull requests (*.md, *.json or *.jsonl files)")
    seen: dict[int, int] = {}
    for p in pulls:
        seen[p.pr] = seen.get(p.pr, 0) + 1
    twice = sorted(n for n, c in seen.items() if c > 1)
    if twice:
        raise ChangelogError(f"{folder}: pull request number(s) {twice} appear more than once")
    return sorted(pulls, key=lambda p: p.pr)


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
    return validate_record({**meta, "description": text.strip()}, path, 1, PullRequest, ChangelogError)
