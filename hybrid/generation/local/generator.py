"""The local generator: one base model in memory, many LoRA adapters on top of it.

A lock serialises calls. Which adapters are resident, and how each call applies them
(baked into the base weights, or named per row), is `AdapterCache`'s job; see
`hybrid.generation.local.adapters` for the measured reasons.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from hybrid.generation.local.adapters import DEFAULT_BAKED_BYTES, PEFT_BASE, AdapterCache
from hybrid.generation.local.decode import Decoder, Sampling, stream_tokens
from hybrid.generation.local.scoring import score
from hybrid.generation.stops import until_stop
from hybrid.style.adapter_store import AdapterRegistry
from hybrid.types import BASE, GenerationRequest, GenerationResult

__all__ = ["AUTO", "BF16_DECODE", "PEFT_BASE", "LocalGenerator"]

BF16_DECODE = "bf16-decode"
AUTO = "auto"


class LocalGenerator:
    """Implements `hybrid.protocols.Generator` with transformers + PEFT on this machine.

    Construction is cheap; `warm_up()` (or the first request) loads the base model once.
    Adapters load on first use and stay resident up to `max_loaded`, least recently used
    first out.
    """

    def __init__(
        self,
        base: str,
        cache_dir: Path,
        registry: AdapterRegistry,
        device: str = "cpu",
        dtype: str = "float32",
        max_loaded: int = 8,
        repetition_penalty: float = 1.0,
        no_repeat_ngram_size: int = 0,
        baked_mb: float = DEFAULT_BAKED_BYTES / 2**20,
    ) -> None:
        self.base = base
        self.cache_dir = Path(cache_dir)
        self.registry = registry
        self.device = device
        self.dtype = dtype
        self.max_loaded = max_loaded
        self.baked_mb = baked_mb
        self.repetition_penalty = repetition_penalty
        self.no_repeat_ngram_size = no_repeat_ngram_size
        self.tokenizer: Any = None
        self.files: Any = None
        self._adapters: AdapterCache | None = None
        self._decoder: Decoder | None = None
        self._lock = threading.RLock()
        self._resolved: str | None = None

    supports_json_schema = True

    # -- loading ---------------------------------------------------------------
    def warm_up(self) -> None:
        with self._lock:
            if self.model is not None:
                return
            import torch

            from hybrid.generation.precision import use_decode_bf16
            from hybrid.model_files import load_generator

            dtype = self.resolved_dtype
            load_dtype = torch.float32 if dtype == BF16_DECODE else getattr(torch, dtype)
            model, tok, files = load_generator(self.base, self.cache_dir, self.device, dtype=load_dtype)
            if dtype == BF16_DECODE:
                use_decode_bf16(model)
            tok.padding_side = "left"  # generation appends on the right
            if tok.pad_token_id is None:
                tok.pad_token = tok.eos_token
            self.tokenizer, self.files = tok, files
            adapters = AdapterCache(
                model, self.registry, files.fingerprint, files.model_id, self.max_loaded, int(self.baked_mb * 2**20)
            )
            self._decoder = Decoder(
                tok, adapters, self._lock, self.device, self.repetition_penalty, self.no_repeat_ngram_size
            )
            self._adapters = adapters

    @property
    def resolved_dtype(self) -> str:
        """The precision the base runs in: `dtype`, or for "auto" what this CPU measured fastest."""
        if self.dtype != AUTO:
            return self.dtype
        if self._resolved is None:
            from hybrid.generation import dtype_choice

            # Only a CPU has the trade-offs the probe measures; an accelerator keeps float32.
            choice = dtype_choice.chosen(self.cache_dir) if self.device == "cpu" else {}
            self._resolved = dtype_choice.generation_dtype(choice)
        return self._resolved

    @property
    def model(self) -> Any:
        """The base model (a `PeftModel` once an adapter has loaded); None before `warm_up`."""
        return None if self._adapters is None else self._adapters.model

    @property
    def adapters(self) -> AdapterCache:
        """The resident adapters and how each call applies them."""
        self.warm_up()
        assert self._adapters is not None
        return self._adapters

    @property
    def decoder(self) -> Decoder:
        """Batched generation on the loaded base."""
        self.warm_up()
        assert self._decoder is not None
        return self._decoder

    @property
    def base_fingerprint(self) -> str:
        self.warm_up()
        return str(self.files.fingerprint)

    @property
    def context_window(self) -> int:
        """Prompt + answer tokens the base model can attend over."""
        self.warm_up()
        return int(getattr(self.model.config, "max_position_embeddings", 2048))

    def count_tokens(self, text: str) -> int:
        self.warm_up()
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def loaded_adapters(self) -> list[str]:
        return [] if self._adapters is None else self._adapters.loaded()

    def load_adapter(self, name: str) -> tuple[str, str | None]:
        """Load adapter `name` if needed; return its PEFT key and version."""
        with self._lock:
            return self.adapters.load_adapter(name)

    ensure = load_adapter

    # -- generating and scoring ------------------------------------------------
    def generate(
        self,
        requests: Sequence[GenerationRequest],
        do_sample: bool = False,
        temperature: float = 0.7,
        seed: int | None = None,
        **generate_kwargs: Any,
    ) -> list[GenerationResult]:
        """Run every request in one generate call; each row uses its own adapter.

        Extra keyword arguments go to `model.generate` (e.g. `repetition_penalty`)."""
        if not requests:
            return []
        return self.decoder.generate(requests, Sampling(do_sample, temperature, seed), generate_kwargs)

    def stream(self, request: GenerationRequest, **generate_kwargs: Any) -> Iterator[str | GenerationResult]:
        """Yield text pieces as they are decoded, then the `GenerationResult`.

        Closing the iterator early (a client that went away) stops the decode at the next
        token, which frees the model for the next caller."""
        self.warm_up()
        pieces = stream_tokens(
            self.tokenizer, lambda streaming: self.generate([request], **streaming, **generate_kwargs)[0]
        )
        yield from until_stop(pieces, request.stop)

    def loss(self, messages: list[dict[str, str]], response: str, adapter: str = BASE) -> float:
        """Mean token loss of `response` after `messages` under an adapter (for evaluation)."""
        return self.losses([(messages, response)], adapter)[0]

    def losses(
        self, pairs: Sequence[tuple[list[dict[str, str]], str]], adapter: str = BASE, batch_size: int = 8
    ) -> list[float]:
        """Mean token loss of each (messages, response) pair (`scoring.per_example_loss`)."""
        with self._lock:
            return score(self.adapters, self.tokenizer, self.device, pairs, adapter, batch_size)
