"""The local transformers + PEFT backend: `LocalGenerator` over an `AdapterCache`."""

from hybrid.generation.local.adapters import PEFT_BASE, AdapterCache, AdapterStateError
from hybrid.generation.local.generator import BF16_DECODE, LocalGenerator

__all__ = ["BF16_DECODE", "PEFT_BASE", "AdapterCache", "AdapterStateError", "LocalGenerator"]
