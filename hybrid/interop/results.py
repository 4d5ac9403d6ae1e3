"""What a finished generation reports beyond its text, as plain fields: one copy for every
place that hands a `GenerationResult` on (LlamaIndex's `raw`, the pipeline's `Draft`)."""

from __future__ import annotations

from typing import Any

from hybrid.types import GenerationResult


def result_fields(result: GenerationResult) -> dict[str, Any]:
    """The adapter that spoke, its version, token counts and why decoding stopped."""
    return {
        "adapter": result.adapter,
        "adapter_version": result.adapter_version,
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "finish_reason": result.finish_reason,
    }
