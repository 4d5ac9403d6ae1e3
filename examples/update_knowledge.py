"""New facts mean re-indexing, never retraining: add a document, change it, re-draft.

python examples/update_knowledge.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from _common import FACTS, settings

from hybrid.pipeline import HybridPipeline

pipeline = HybridPipeline.from_settings(settings())
pipeline.knowledge.ingest([FACTS])

with tempfile.TemporaryDirectory() as tmp:
    news = Path(tmp) / "news"
    news.mkdir()
    memo = news / "lumen-mini.md"
    request = "Announce the Lumen Mini lamp to customers"

    memo.write_text("# Lumen Mini\n\nThe Lumen Mini desk lamp ships on May 4, 2027 and costs $89.\n")
    t = time.perf_counter()
    summary = pipeline.knowledge.ingest([news])
    print(f"indexed {summary.counts()} in {time.perf_counter() - t:.2f}s")
    first = pipeline.draft(request, department="marketing", max_new_tokens=64)
    print(first.text, "\n  cites:", sorted({c.source for c in first.citations}))

    memo.write_text("# Lumen Mini\n\nThe Lumen Mini desk lamp ships on June 1, 2027 and costs $99.\n")
    t = time.perf_counter()
    summary = pipeline.knowledge.ingest([news])
    print(f"re-indexed {summary.counts()} in {time.perf_counter() - t:.2f}s")
    second = pipeline.draft(request, department="marketing", max_new_tokens=64)
    print(second.text, "\n  cites:", sorted({c.source for c in second.citations}))
    print("passage the draft was given:", [p.text for p in second.passages if p.source == str(memo)])

    memo.unlink()
    pipeline.knowledge.ingest([news])  # the folder's chunks go with the file
