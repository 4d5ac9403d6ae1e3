"""Generators: the local transformers + PEFT backend (and, later, OpenAI-compatible ones)."""

from hybrid.generation.local import LocalGenerator
from hybrid.types import GenerationRequest, GenerationResult

__all__ = ["GenerationRequest", "GenerationResult", "LocalGenerator"]
