"""Generators: the local transformers + PEFT backend and the OpenAI-compatible client.

`OpenAIGenerator` is imported on first use, so code that only runs the local backend
never loads the HTTP client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hybrid.generation.local import LocalGenerator
from hybrid.types import GenerationRequest, GenerationResult

if TYPE_CHECKING:
    from hybrid.generation.openai import OpenAIGenerator

__all__ = ["GenerationRequest", "GenerationResult", "LocalGenerator", "OpenAIGenerator"]


def __getattr__(name: str) -> Any:
    if name == "OpenAIGenerator":
        from hybrid.generation.openai import OpenAIGenerator

        return OpenAIGenerator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
