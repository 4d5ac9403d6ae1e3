"""Stop strings over a stream of text pieces.

transformers stops a row once it has written a stop string, but its streamer has already
handed out the pieces that wrote it. This filter sends nothing that might be the start of
a stop string until the next pieces show it is not, cuts the text where one begins, and
releases what it held when the stream ends without one, so no text is lost or added.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def until_stop(items: Iterable[str | T], stops: Sequence[str] | None) -> Iterator[str | T]:
    """`items` with text pieces cut before the first stop string; other items pass as they are."""
    if not stops:
        yield from items
        return
    held, stopped = "", False
    try:
        for item in items:
            if not isinstance(item, str):
                if held and not stopped:
                    yield held
                    held = ""
                yield item
                continue
            if stopped:
                continue
            held += item
            cut = min((at for s in stops if (at := held.find(s)) >= 0), default=-1)
            if cut >= 0:
                stopped = True
                if cut:
                    yield held[:cut]
                held = ""
                continue
            keep = _partial(held, stops)
            if len(held) > keep:
                yield held[: len(held) - keep]
                held = held[len(held) - keep :]
    finally:
        # A consumer that leaves early must stop the decode behind `items` at once.
        close = getattr(items, "close", None)
        if close is not None:
            close()
    if held and not stopped:
        yield held


def _partial(text: str, stops: Sequence[str]) -> int:
    """Length of the longest end of `text` that a stop string starts with."""
    best = 0
    for stop in stops:
        for n in range(min(len(stop) - 1, len(text)), best, -1):
            if text.endswith(stop[:n]):
                best = n
                break
    return best
