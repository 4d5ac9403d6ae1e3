"""A source sentence as the prose a draft restates: Markdown removed, table rows read out.

Planning and rewriting read a sentence the same way, so the words the plan ranked on are
the words the rewrite is asked to keep.
"""

from __future__ import annotations

import re

from hybrid.text import TABLE_RULE

_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")


def cells(row: str) -> list[str]:
    """The cells of a Markdown table row, with emphasis and code ticks removed."""
    row = re.sub(r"(\*\*|__|`)", "", row).strip()
    return [c.strip() for c in row.strip("|").split("|")]


def is_rule(line: str) -> bool:
    return bool(TABLE_RULE.match(line))


def table_header(text: str, pos: int) -> str:
    """The header row of the Markdown table whose row starts at `pos` of `text` ("" if none).

    A row alone ("| up to $2,500 | your manager |") says nothing of what its figures are;
    its table's header ("| Amount per report | Approver |") does."""
    lines = text[:pos].split("\n")[:-1]  # whole lines above the row's own
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i].strip()
        if not line.startswith("|"):
            return ""  # left the table without meeting its rule: a chunk cut it off
        if is_rule(line):
            header = lines[i - 1].strip()
            return header if header.startswith("|") else ""
    return ""


def plain(text: str, header: str = "") -> str:
    """`text` as prose: Markdown emphasis, code ticks and list bullets removed, and a table
    row read out cell by cell. With its table's `header`, each cell is named by its column
    ("Amount per report: up to $2,500; Approver: your manager."); without one, the first
    cell leads ("Walnut veneer: TOP-WAL, +$150.")."""
    text = re.sub(r"(\*\*|__|`)", "", text).strip()
    # A source sentence keeps its document's line wrapping and indentation, and its links'
    # targets: measured on uv's docs, restated as "uv searches for a\n.python-version file"
    # and "See [upgrading locked package versions](#upgrading-...)".
    text = re.sub(r"\s+", " ", _LINK.sub(r"\1", text))
    if text.startswith("|"):
        row = cells(text)
        names = cells(header) if header else []
        if len(names) == len(row) and len(row) > 1:
            pairs = [f"{n}: {c}" for n, c in zip(names, row, strict=True) if c and n]
            return _ended("; ".join(pairs))
        row = [c for c in row if c]
        return _ended(f"{row[0]}: {', '.join(row[1:])}") if len(row) > 1 else "".join(row)
    return re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text).strip()


def _ended(text: str) -> str:
    # A last cell that is a sentence already ends in its own stop ("... begins.").
    return text if text.endswith((".", "!", "?")) else text + "."
