"""The optional llama.cpp backend (`pip install -e '.[llamacpp]'`, `make install-llamacpp`)."""

from hybrid.generation.llamacpp.generator import LlamaCppGenerator

__all__ = ["LlamaCppGenerator"]
