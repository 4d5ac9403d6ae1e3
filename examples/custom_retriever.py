"""Bring your own retriever: any object with `retrieve(query, k, filters)` returning
`hybrid.types.Passage` works. No subclassing. Here, a keyword index over an in-memory wiki,
handed to `build_pipeline`, which builds every other part (and keeps every other setting:
k, token budgets, departments, style guides) from hybrid.toml.

    python examples/custom_retriever.py
"""

from __future__ import annotations

import hashlib
import re

from _common import settings

from hybrid.build import build_pipeline
from hybrid.types import Passage

WIKI = {
    "wiki/parking.md": "Visitor parking at the Portland office is in bays 14-20. Book a bay by 4 pm the day before.",
    "wiki/wifi.md": "The guest Wi-Fi network is HalcyonGuest. Passwords rotate every Monday at 9 am.",
    "wiki/kitchen.md": "The third-floor kitchen is deep-cleaned every Friday at 3 pm; clear the fridge by 2 pm.",
}


class WikiRetriever:
    """Ranks wiki pages by shared words. Swap in your search engine of choice."""

    def retrieve(self, query: str, k: int = 5, filters: dict | None = None) -> list[Passage]:
        words = set(re.findall(r"[a-z]+", query.lower()))
        ranked = sorted(WIKI.items(), key=lambda kv: -len(words & set(re.findall(r"[a-z]+", kv[1].lower()))))
        return [
            Passage(
                id=hashlib.sha1(path.encode()).hexdigest()[:16],
                text=text,
                source=path,
                start_char=0,
                end_char=len(text),
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
                score=float(len(words & set(re.findall(r"[a-z]+", text.lower())))),
            )
            for path, text in ranked[:k]
        ]


pipeline = build_pipeline(settings(), retriever=WikiRetriever())
draft = pipeline.draft(
    "Tell visitors where to park and how to book a bay", department="support", k=2, max_new_tokens=64
)
print("passages the retriever gave:", [p.source for p in draft.passages])
print(draft.text)
for c in draft.citations:
    print(f"  [{c.marker}] {c.source}: {c.quote}")
print("unsupported:", [c.text for c in draft.unsupported] or "none")
