"""How every benchmark prints: a Markdown table, then (with --json) one JSON object as
the last line, which automated checks read."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence


def report(rows: Sequence[tuple[str, str, str]], figures: Mapping[str, object], as_json: bool) -> None:
    print("| figure | measured | ratio |\n|---|---|---|")
    for name, measured, ratio in rows:
        print(f"| {name} | {measured} | {ratio} |")
    if as_json:
        print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in figures.items()}))
