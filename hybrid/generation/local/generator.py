"""The local generator: one base model in memory, many LoRA adapters on top of it.

A lock serialises calls. Which adapters are resident, and how each call applies them
(baked into the base weights, or named per row), is `AdapterCache`'s job; see
`hybrid.generation.local.adapters` for the measured reasons.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from hybrid.errors import HybridError
from hybrid.generation.local.adapters import PEFT_BASE, AdapterCache
from hybrid.style.registry import AdapterRegistry
from hybrid.types import BASE, GenerationRequest, GenerationResult

__all__ = ["BF16_DECODE", "PEFT_BASE", "LocalGenerator"]

BF16_DECODE = "bf16-decode"


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
    ) -> None:
        self.base = base
        self.cache_dir = Path(cache_dir)
        self.registry = registry
        self.device = device
        self.dtype = dtype
        self.max_loaded = max_loaded
        self.repetition_penalty = repetition_penalty
        self.tokenizer: Any = None
        self.files: Any = None
        self._adapters: AdapterCache | None = None
        self._lock = threading.RLock()
        self._grammars: Any = None

    supports_json_schema = True

    # -- loading ---------------------------------------------------------------
    def warm_up(self) -> None:
        with self._lock:
            if self.model is not None:
                return
            import torch

            from hybrid.generation.precision import use_decode_bf16
            from hybrid.models import load_generator

            load_dtype = torch.float32 if self.dtype == BF16_DECODE else getattr(torch, self.dtype)
            model, tok, files = load_generator(self.base, self.cache_dir, self.device, dtype=load_dtype)
            if self.dtype == BF16_DECODE:
                use_decode_bf16(model)
            tok.padding_side = "left"  # generation appends on the right
            if tok.pad_token_id is None:
                tok.pad_token = tok.eos_token
            self.tokenizer, self.files = tok, files
            self._adapters = AdapterCache(model, self.registry, files.fingerprint, files.model_id, self.max_loaded)

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

    # -- generating ------------------------------------------------------------
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
        import torch

        if not requests:
            return []
        # A grammar masks every row of a batch, and a penalty or temperature applies to
        # every row: rows that differ in any go in calls of their own.
        groups: dict[tuple[bool, float | None, float | None], list[int]] = {}
        for i, r in enumerate(requests):
            groups.setdefault((r.json_schema is not None, r.repetition_penalty, r.temperature), []).append(i)
        if len(groups) > 1:
            parts: dict[int, GenerationResult] = {}
            for rows in groups.values():
                batch = [requests[i] for i in rows]
                for i, res in zip(
                    rows, self.generate(batch, do_sample, temperature, seed, **generate_kwargs), strict=True
                ):
                    parts[i] = res
            return [parts[i] for i in range(len(requests))]
        ((constrained, penalty, row_temperature),) = groups
        if row_temperature is not None:
            do_sample, temperature, seed = True, row_temperature, 0 if seed is None else seed
        with self._lock:
            keys = [self.load_adapter(r.adapter) for r in requests]
            prompts = [
                r.prompt
                if r.prompt is not None
                else self.tokenizer.apply_chat_template(r.messages, tokenize=False, add_generation_prompt=True)
                for r in requests
            ]
            enc = self.tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
            limit = getattr(self.model.config, "max_position_embeddings", None)
            width = enc["input_ids"].shape[1]
            max_new = max(r.max_new_tokens for r in requests)
            if limit and width + max_new > limit:
                raise HybridError(f"prompt of {width} tokens + {max_new} new tokens exceeds the {limit}-token window")
            kwargs: dict[str, Any] = {
                "max_new_tokens": max_new,
                "do_sample": do_sample,
                "pad_token_id": self.tokenizer.pad_token_id,
                "repetition_penalty": self.repetition_penalty if penalty is None else penalty,
                **generate_kwargs,
            }
            if constrained:
                from transformers import LogitsProcessorList

                if self._grammars is None:
                    from hybrid.structured.grammar import JsonGrammars

                    self._grammars = JsonGrammars(self.tokenizer, self.model.config.vocab_size)
                processor = self._grammars.processor([r.json_schema for r in requests])
                kwargs["logits_processor"] = LogitsProcessorList([*kwargs.get("logits_processor", []), processor])
            if do_sample:
                kwargs["temperature"] = temperature
                if seed is not None:
                    torch.manual_seed(seed)
            plan, context = self.adapters.route([k for k, _ in keys])
            t0 = time.perf_counter()
            with torch.inference_mode(), context:
                out = self.model.generate(**enc, **kwargs, **plan)
            seconds = time.perf_counter() - t0
        results = []
        eos = self.tokenizer.eos_token_id
        for i, r in enumerate(requests):
            new = out[i, width:].tolist()[: r.max_new_tokens]
            finish = "length"
            if eos in new:
                new = new[: new.index(eos)]
                finish = "stop"
            while new and new[-1] == self.tokenizer.pad_token_id:
                new.pop()
            prompt_tokens = int(enc["attention_mask"][i].sum())
            results.append(
                GenerationResult(
                    text=self.tokenizer.decode(new, skip_special_tokens=True).strip(),
                    adapter=r.adapter,
                    adapter_version=keys[i][1],
                    prompt_tokens=prompt_tokens,
                    completion_tokens=len(new),
                    seconds=seconds,
                    finish_reason=finish,
                    token_ids=new,
                )
            )
        return results

    def stream(self, request: GenerationRequest, **generate_kwargs: Any) -> Iterator[str | GenerationResult]:
        """Yield text pieces as they are decoded, then the `GenerationResult`.

        Closing the iterator early (a client that went away) stops the decode at the next
        token, which frees the model for the next caller."""
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        self.warm_up()
        stop = threading.Event()

        class _Cancelled(StoppingCriteria):
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
                import torch

                return torch.full((input_ids.shape[0],), stop.is_set(), dtype=torch.bool, device=input_ids.device)

        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["result"] = self.generate(
                    [request],
                    streamer=streamer,
                    stopping_criteria=StoppingCriteriaList([_Cancelled()]),
                    **generate_kwargs,
                )[0]
            except BaseException as exc:  # handed to the consumer below
                box["error"] = exc
                streamer.end()

        worker = threading.Thread(target=run, name="hybrid-generate", daemon=True)
        worker.start()
        try:
            for piece in streamer:
                if piece:
                    yield piece
        finally:
            stop.set()
            worker.join()
        if "error" in box:
            raise box["error"]
        yield box["result"]

    def loss(self, messages: list[dict[str, str]], response: str, adapter: str = BASE) -> float:
        """Mean token loss of `response` after `messages` under an adapter (for evaluation)."""
        return self.losses([(messages, response)], adapter)[0]

    def losses(
        self, pairs: Sequence[tuple[list[dict[str, str]], str]], adapter: str = BASE, batch_size: int = 8
    ) -> list[float]:
        """Mean token loss of each (messages, response) pair, scored in right-padded batches."""
        import torch

        with self._lock:
            key, _ = self.load_adapter(adapter)
            rows = []
            for messages, response in pairs:
                prompt = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
                full = self.tokenizer.apply_chat_template(
                    [*messages, {"role": "assistant", "content": response}], tokenize=False
                )
                p_ids = self.tokenizer(prompt, add_special_tokens=False)["input_ids"]
                rows.append(
                    (p_ids + self.tokenizer(full[len(prompt) :], add_special_tokens=False)["input_ids"], len(p_ids))
                )
            out: list[float] = []
            pad = self.tokenizer.pad_token_id
            for i in range(0, len(rows), batch_size):
                chunk = rows[i : i + batch_size]
                width = max(len(ids) for ids, _ in chunk)
                x = torch.full((len(chunk), width), pad, dtype=torch.long)
                mask = torch.zeros_like(x)
                for j, (ids, _) in enumerate(chunk):
                    x[j, : len(ids)] = torch.tensor(ids)
                    mask[j, : len(ids)] = 1
                plan, context = self.adapters.route([key] * len(chunk))
                with torch.inference_mode(), context:
                    logits = self.model(input_ids=x.to(self.device), attention_mask=mask.to(self.device), **plan).logits
                for j, (ids, start) in enumerate(chunk):
                    pred = logits[j, start - 1 : len(ids) - 1].float()
                    out.append(float(torch.nn.functional.cross_entropy(pred, x[j, start : len(ids)].to(self.device))))
            return out
