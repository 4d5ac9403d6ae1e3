"""Draft a customer announcement in the marketing voice, from cited company facts.

python examples/draft_brand_voice.py
"""

from __future__ import annotations

from _common import FACTS, settings

from hybrid.pipeline import HybridPipeline

pipeline = HybridPipeline.from_settings(settings())
pipeline.knowledge.ingest([FACTS])  # incremental: a no-op when nothing changed

draft = pipeline.draft("Announce the Atlas Pro price change to customers", department="marketing", max_new_tokens=96)

print(f"--- {draft.department} voice ({draft.adapter} {draft.adapter_version}) ---")
print(draft.text)
print("\nCitations a reviewer can check:")
for c in draft.citations:
    print(f"  [{c.marker}] {c.source}:{c.start_char}-{c.end_char}  {c.quote!r}")
print("\nNot found in any source (review before sending):")
for claim in draft.unsupported:
    print(f"  {claim.kind}: {claim.text}")
if not draft.unsupported:
    print("  nothing")
t = draft.timings
print(f"\nretrieve {t.retrieve:.2f}s, generate {t.generate:.2f}s, {draft.completion_tokens} tokens")
