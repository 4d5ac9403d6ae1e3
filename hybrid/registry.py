"""Old home of the builders; each name is an alias of `hybrid.build`, kept for one release."""

from hybrid import build

build_adapter_registry = build.build_adapter_store
build_embedder = build.build_embedder
build_generator = build.build_generator
build_local_generator = build.build_local_generator
register_embedder = build.register_embedder
register_generator = build.register_generator
EmbedderFactory = build.EmbedderFactory

__all__ = [
    "EmbedderFactory",
    "build_adapter_registry",
    "build_embedder",
    "build_generator",
    "build_local_generator",
    "register_embedder",
    "register_generator",
]
