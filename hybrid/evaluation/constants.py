"""Names the eval report is keyed by, in one place for the sections, the audit, the
tables and the charts."""

from __future__ import annotations

from typing import Any

REPORT_VERSION = 1
# Each voice configuration is a change to the case's base `DraftSpec` (which retrieves,
# uses the department's adapter and no style prompt), so every eval draft is
# `base.updated(**CONFIGS[name])`. Listed in the order the loop tries them: the style
# prompt, then the adapter.
CONFIGS: dict[str, dict[str, Any]] = {
    "base": {"retrieval": False, "use_adapter": False},
    "base_style_prompt": {"retrieval": False, "use_adapter": False, "style_prompt": True},
    "adapter": {"retrieval": False},
    "adapter_retrieval": {"mode": "attributed"},
    "free_retrieval": {"mode": "free"},
}
# The full pipeline: the configuration grounding and latency are judged on.
FULL = "adapter_retrieval"
# Each drafting mode's full-pipeline configuration, compared side by side on the grounding sample.
BY_MODE = {"attributed": FULL, "free": "free_retrieval"}
MODES = ("dense", "bm25", "hybrid")
STAGES = ("retrieve", "prompt", "generate", "validate", "total")
