"""One llama.cpp context over the base GGUF: adapters set per request, prompts evaluated
with the KV cache of a shared prefix kept, and each step's logits read out.

The high-level `llama_cpp.Llama.generate` samples inside llama.cpp, where our logits
processors (grammar, copy lock, n-gram block) cannot run on the same terms as on the
transformers path; so we drive decoding ourselves from these pieces (`hybrid.generation.llamacpp.generator`).
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hybrid.errors import ConfigError

# The KV cache is allocated for the whole window up front: Gemma's trained 32k tokens would
# hold 600 MB of it, while our prompts stay within a few thousand tokens.
MAX_CONTEXT = 8192

# llama.cpp applies each adapter as its own B·A beside the base matmul; a request names
# one (or, for a composite, several with their weights).
AdapterSet = tuple[tuple[Path, float], ...]


def import_llama_cpp() -> Any:
    try:
        import llama_cpp
    except ImportError:
        raise ConfigError(
            "generation.backend is 'llamacpp' but llama-cpp-python is not installed: run `make install-llamacpp` "
            "(it builds llama.cpp from source, a few minutes) or pip install -e '.[llamacpp]'"
        ) from None
    return llama_cpp


class LlamaRuntime:
    """The loaded GGUF and its one context. Not thread-safe: the generator holds a lock."""

    def __init__(self, gguf: Path, n_ctx: int | None = None, n_threads: int | None = None) -> None:
        llama_cpp = import_llama_cpp()
        threads = n_threads or len(os.sched_getaffinity(0))
        self.llm = llama_cpp.Llama(
            model_path=str(gguf),
            n_ctx=n_ctx or MAX_CONTEXT,
            n_batch=512,
            n_threads=threads,
            n_threads_batch=threads,
            logits_all=False,
            verbose=False,
        )
        self._lib = llama_cpp
        self.n_vocab = int(self.llm.n_vocab())
        self.n_ctx = min(int(self.llm.n_ctx()), int(self.llm._model.n_ctx_train()))
        self._handles: dict[Path, Any] = {}
        self._active: AdapterSet = ()

    def close(self) -> None:
        for handle in self._handles.values():
            self._lib.llama_adapter_lora_free(handle)
        self._handles.clear()
        self.llm.close()

    def forget(self, path: Path) -> None:
        """Free an adapter no longer resident (the generator's LRU decides)."""
        handle = self._handles.pop(path, None)
        if handle is not None:
            if any(p == path for p, _ in self._active):
                self.use(())
            self._lib.llama_adapter_lora_free(handle)

    def use(self, adapters: AdapterSet) -> None:
        """Apply exactly `adapters` from the next evaluation on. Switching costs a pointer
        swap, not a weight rewrite; the KV cache computed under other adapters is dropped."""
        if adapters == self._active:
            return
        handles = [self._handle(path) for path, _ in adapters]
        n = len(handles)
        array = (self._lib.llama_adapter_lora_p_ctypes * max(n, 1))(*handles)
        scales = (ctypes.c_float * max(n, 1))(*(scale for _, scale in adapters))
        if self._lib.llama_set_adapters_lora(self.llm.ctx, array, n, scales):
            raise ConfigError(f"llama.cpp refused the adapters {[str(p) for p, _ in adapters]}")
        self._active = adapters
        self.llm.n_tokens = 0  # positions cached under the old adapters are stale

    def _handle(self, path: Path) -> Any:
        if path not in self._handles:
            handle = self._lib.llama_adapter_lora_init(self.llm.model, str(path).encode())
            if not handle:
                raise ConfigError(f"llama.cpp could not load the GGUF LoRA {path}")
            self._handles[path] = handle
        return self._handles[path]

    def prefill(self, tokens: Sequence[int]) -> Any:
        """Evaluate `tokens`, reusing the cached prefix they share with the last sequence;
        return the next token's logits (a float32 torch tensor of the vocabulary)."""
        llm = self.llm
        cached = llm.input_ids[: llm.n_tokens].tolist()
        keep = 0
        # At least the last token is evaluated, so its logits are fresh.
        while keep < min(len(cached), len(tokens) - 1) and cached[keep] == tokens[keep]:
            keep += 1
        llm.n_tokens = keep
        llm.eval(list(tokens[keep:]))
        return self.logits()

    def step(self, token: int) -> Any:
        """Append one token; return the next token's logits."""
        self.llm.eval([token])
        return self.logits()

    def logits(self) -> Any:
        import numpy as np
        import torch

        row = np.ctypeslib.as_array(self.llm._ctx.get_logits(), shape=(self.n_vocab,))
        return torch.from_numpy(row.copy())

    def all_logits(self, tokens: Sequence[int]) -> Any:
        """Logits after every position of `tokens`, evaluated from scratch (for scoring):
        a (len(tokens), vocab) float32 tensor."""
        import numpy as np
        import torch

        llm = self.llm
        llm.n_tokens = 0
        llm._ctx.kv_cache_seq_rm(-1, 0, -1)
        rows = []
        for i in range(0, len(tokens), llm.n_batch):
            chunk = list(tokens[i : i + llm.n_batch])
            llm._batch.set_batch(batch=chunk, n_past=llm.n_tokens, logits_all=True)
            llm._ctx.decode(llm._batch)
            out = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(len(chunk) * self.n_vocab,))
            rows.append(torch.from_numpy(out.copy()).view(len(chunk), self.n_vocab))
            llm.input_ids[llm.n_tokens : llm.n_tokens + len(chunk)] = chunk
            llm.n_tokens += len(chunk)
        return torch.cat(rows)
