"""Hold whole documents out, not sections: sections of one document share its wording, so
a held-out section whose siblings were trained on would make the held-out loss flattering."""

from __future__ import annotations

import random
from collections.abc import Sequence


def heldout_documents(documents: Sequence[str], share: float, seed: int) -> set[str]:
    """A seeded `share` of `documents` (at least one when there are two or more, never all).

    The order is sorted first, so the same folder and seed give the same split whatever
    order the file system lists it in."""
    if not 0 <= share < 1:
        raise ValueError(f"heldout share must be in [0, 1), got {share}")
    names = sorted(set(documents))
    if len(names) < 2 or share == 0:
        return set()
    n = min(len(names) - 1, max(1, round(share * len(names))))
    return set(random.Random(seed).sample(names, n))
