"""Old import path of `hybrid.model_files`, kept so existing imports work."""

from hybrid.model_files import (
    EMBEDDER_ALIASES,
    FINGERPRINT_SCHEME,
    GENERATOR_ALIASES,
    GENERATOR_HUB_ID,
    MINILM_PACKAGE,
    SMOLLM_GGUF,
    SMOLLM_PACKAGE,
    GeneratorFiles,
    hub_id,
    load_generator,
    prepare_generator,
    resolve_embedder,
    weights_fingerprint,
)

__all__ = [
    "EMBEDDER_ALIASES",
    "FINGERPRINT_SCHEME",
    "GENERATOR_ALIASES",
    "GENERATOR_HUB_ID",
    "MINILM_PACKAGE",
    "SMOLLM_GGUF",
    "SMOLLM_PACKAGE",
    "GeneratorFiles",
    "hub_id",
    "load_generator",
    "prepare_generator",
    "resolve_embedder",
    "weights_fingerprint",
]
