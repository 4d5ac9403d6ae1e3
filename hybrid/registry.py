"""Builders that turn settings into components, so classes never read settings objects.

A name -> factory table per layer lets `hybrid.toml` name implementations; register
your own with `register_embedder`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from hybrid.protocols import Embedder, Generator
from hybrid.settings import Settings

if TYPE_CHECKING:
    from hybrid.generation.local import LocalGenerator
    from hybrid.style.registry import AdapterRegistry

EmbedderFactory = Callable[[Settings], Embedder]
_EMBEDDERS: dict[str, EmbedderFactory] = {}


def register_embedder(name: str, factory: EmbedderFactory) -> None:
    if name in _EMBEDDERS:
        raise ValueError(f"an embedder named {name!r} is already registered")
    _EMBEDDERS[name] = factory


def _sentence_transformer(settings: Settings) -> Embedder:
    from hybrid.knowledge.embedding import SentenceTransformerEmbedder
    from hybrid.models import resolve_embedder

    spec = settings.models.embedder
    return SentenceTransformerEmbedder(
        resolve_embedder(spec),
        model_id=spec,
        device=settings.models.device,
        batch_size=settings.knowledge.embed_batch_size,
    )


register_embedder("sentence-transformers", _sentence_transformer)


def build_embedder(settings: Settings, kind: str = "sentence-transformers") -> Embedder:
    try:
        return _EMBEDDERS[kind](settings)
    except KeyError:
        raise ValueError(f"unknown embedder kind {kind!r}; known: {', '.join(sorted(_EMBEDDERS))}") from None


def build_adapter_registry(settings: Settings) -> AdapterRegistry:
    from hybrid.style.registry import AdapterRegistry

    return AdapterRegistry(settings.adapters_dir)


def build_generator(settings: Settings) -> Generator:
    """The local transformers + PEFT generator, or (generation.backend = "openai") a
    client of an OpenAI-compatible server that serves each adapter as a model."""
    gen = settings.generation
    if gen.backend == "openai":
        from hybrid.errors import ConfigError
        from hybrid.generation.openai import OpenAIGenerator

        if not gen.base_url:
            raise ConfigError(
                "generation.backend is 'openai' but generation.base_url is unset: set it to the server's API root, "
                "e.g. HYBRID_GENERATION__BASE_URL=http://127.0.0.1:8000/v1"
            )
        return OpenAIGenerator(
            gen.base_url,
            base_model=gen.served_base or settings.models.generator,
            api_key=gen.api_key,
            timeout_s=gen.timeout_s,
        )
    return build_local_generator(settings)


def build_local_generator(settings: Settings) -> LocalGenerator:
    from hybrid.generation.local import LocalGenerator

    return LocalGenerator(
        settings.models.generator,
        settings.cache_dir,
        build_adapter_registry(settings),
        device=settings.models.device,
        dtype=settings.generation.dtype,
        max_loaded=settings.generation.max_loaded_adapters,
        repetition_penalty=settings.generation.repetition_penalty,
    )
