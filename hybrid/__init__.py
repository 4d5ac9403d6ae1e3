"""hybrid: draft in your company's voice from facts you can audit.

Retrieval supplies the facts; a per-department LoRA adapter supplies the voice. The
public API is re-exported here lazily, so `import hybrid` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Knowledge": "hybrid.knowledge.layer",
    "Settings": "hybrid.settings",
    "load_settings": "hybrid.settings",
    "Passage": "hybrid.types",
    "IngestSummary": "hybrid.types",
    "Retriever": "hybrid.protocols",
    "Embedder": "hybrid.protocols",
    "HybridError": "hybrid.errors",
    "SchemaError": "hybrid.errors",
    "StructuredOutputError": "hybrid.errors",
    "ChangelogEntry": "hybrid.changelog",
    "HybridPipeline": "hybrid.pipeline",
    "Draft": "hybrid.pipeline",
    "DraftRequest": "hybrid.pipeline",
    "Departments": "hybrid.pipeline",
    "Generator": "hybrid.protocols",
    "LocalGenerator": "hybrid.generation",
}

if TYPE_CHECKING:
    from hybrid.changelog import ChangelogEntry
    from hybrid.errors import HybridError, SchemaError, StructuredOutputError
    from hybrid.generation import LocalGenerator
    from hybrid.knowledge.layer import Knowledge
    from hybrid.pipeline import Departments, Draft, DraftRequest, HybridPipeline
    from hybrid.protocols import Embedder, Generator, Retriever
    from hybrid.settings import Settings, load_settings
    from hybrid.types import IngestSummary, Passage

__all__ = [
    "ChangelogEntry",
    "Departments",
    "Draft",
    "DraftRequest",
    "Embedder",
    "Generator",
    "HybridError",
    "HybridPipeline",
    "IngestSummary",
    "Knowledge",
    "LocalGenerator",
    "Passage",
    "Retriever",
    "SchemaError",
    "Settings",
    "StructuredOutputError",
    "load_settings",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'hybrid' has no attribute {name!r}")
