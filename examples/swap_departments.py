"""One loaded base model, three voices: the same request drafted by three departments.

python examples/swap_departments.py
"""

from __future__ import annotations

from _common import FACTS, settings

from hybrid.pipeline import HybridPipeline

pipeline = HybridPipeline.from_settings(settings())
pipeline.knowledge.ingest([FACTS])

request = "Tell people about the Halcyon Care warranty on the Orion chair"
base_model = None
for department in ("marketing", "legal", "support"):
    draft = pipeline.draft(request, department=department, max_new_tokens=72)
    peft_or_plain = pipeline.generator.model
    model = peft_or_plain.get_base_model() if hasattr(peft_or_plain, "get_base_model") else peft_or_plain
    base_model = base_model or model
    assert model is base_model, "the base model must be loaded once"
    print(f"--- {department} ({draft.adapter} {draft.adapter_version}, {draft.timings.generate:.1f}s) ---")
    print(draft.text, "\n")

print("adapters resident on the one base model:", ", ".join(pipeline.generator.loaded_adapters()))
