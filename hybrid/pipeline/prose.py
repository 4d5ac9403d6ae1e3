"""A source sentence as the prose a draft restates: Markdown removed, table rows read out.

Planning and rewriting read a sentence the same way, so the words the plan ranked on are
the words the rewrite is asked to keep.
"""

from __future__ import annotations

import re

from hybrid.text import TABLE_RULE, is_code_block, is_fence, sentences

_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")
# A list item's bullet or number.
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


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


def is_list_item(text: str) -> bool:
    return bool(LIST_ITEM.match(text))


def list_item_start(text: str, pos: int) -> int | None:
    """Where the list item that holds the sentence at `pos` of `text` starts, when that
    sentence is not the item's first: "For example, `uv cache clean ruff` ..." said after
    an item's command, on its line, on the item's indented wrapped lines, or in an indented
    paragraph of a loose item. None otherwise."""
    start = text.rfind("\n", 0, pos) + 1
    line = _line_at(text, start)
    if bullet := LIST_ITEM.match(line):
        return start if pos > start + bullet.end() else None
    # Up over the item's indented lines and the blank lines of a loose item, to its bullet.
    while start > 0 and (not line.strip() or (line[:1].isspace() and not is_fence(line))):
        start = text.rfind("\n", 0, start - 1) + 1
        line = _line_at(text, start)
        if is_list_item(line):
            return start
    return None


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def lead_in(text: str, pos: int) -> str:
    """The sentence that introduces the code block or list starting at `pos` of `text`:
    the last sentence of the paragraph above it, when that ends in ':' ("To upgrade all
    packages:"). For a list item, the paragraph above the list's first item. "" if none.

    A command alone ("$ uv lock --upgrade") does not say what it does; its lead-in does."""
    lines = text[:pos].split("\n")[:-1]
    list_item = is_list_item(text[pos:])
    i = len(lines) - 1
    while i >= 0 and (
        not lines[i].strip()
        or (list_item and (is_list_item(lines[i]) or (lines[i][:1].isspace() and not is_fence(lines[i]))))
    ):
        i -= 1  # blank lines, and the list's earlier items with their wrapped lines
    if i < 0 or not lines[i].rstrip().endswith(":"):
        return ""
    paragraph: list[str] = []
    while i >= 0 and lines[i].strip() and not _starts_block(lines[i]):
        paragraph.insert(0, lines[i])
        i -= 1
    if not paragraph:
        return ""
    # The paragraph's last sentence, its wrapped lines joined: "To upgrade a single package
    # ... all other\npackages:" is one lead-in, not "packages:".
    return re.sub(r"\s+", " ", sentences("\n".join(paragraph), source=True)[-1]).strip()


def _starts_block(line: str) -> bool:
    return line.lstrip().startswith(("#", "|")) or is_fence(line) or is_list_item(line)


def code_lines(block: str) -> list[str]:
    """The lines of a fenced code block, fences and its language tag removed."""
    lines = block.strip("\n").split("\n")
    body = lines[1:]
    if body and is_fence(body[-1]):
        body = body[:-1]
    return [line.rstrip() for line in body if line.strip()]


def plain(text: str, header: str = "") -> str:
    """`text` as prose: Markdown emphasis, code ticks and list bullets removed, and a table
    row read out cell by cell. A fenced code block reads as its lead-in (`header`) and
    its lines. With its table's `header`, each cell is named by its column
    ("Amount per report: up to $2,500; Approver: your manager."); without one, the first
    cell leads ("Walnut veneer: TOP-WAL, +$150.")."""
    if is_code_block(text):
        # What the plan ranks a code block by: its lead-in and its commands.
        code = "; ".join(code_lines(text))
        return f"{plain(header).rstrip(':')}: {code}" if header else code
    # An FAQ answer is planned with its question, which may be a heading ("### Can I ...?"),
    # and rclone's ask without a question mark ("### Can rclone sync directly from drive to s3").
    text = re.sub(r"(\*\*|__|`)", "", re.sub(r"^#+\s+(.*?)[?]?[ \t]*\n\s*(?=\S)", r"\1? ", text)).strip()
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
    return LIST_ITEM.sub("", text).strip()


def _ended(text: str) -> str:
    # A last cell that is a sentence already ends in its own stop ("... begins.").
    return text if text.endswith((".", "!", "?")) else text + "."
