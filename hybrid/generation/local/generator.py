"""The local generator: one base model in memory, many LoRA adapters on top of it.

Per-request selection never calls PEFT's global `set_adapter` (peft issue #804: it is
process-wide, and costs a walk over every LoRA layer). A lock serialises calls, and:

- a call whose rows all use one adapter merges that adapter's delta into the base
  weights and runs the plain model. PEFT's per-layer LoRA forward costs ~95 us on each of
  210 layers per token, which is 40% of a decode step at this model size. Merging
  rebuilds each weight from an untouched copy of the base, so switching back and forth
  never drifts.
- a call that mixes adapters names every row's adapter (`adapter_names=`), so one
  forward serves rows in different voices.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from hybrid.errors import HybridError
from hybrid.style.registry import AdapterError, AdapterRegistry
from hybrid.types import BASE, GenerationRequest, GenerationResult

PEFT_BASE = "__base__"
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
        self.model: Any = None
        self.tokenizer: Any = None
        self.files: Any = None
        self._loaded: OrderedDict[str, tuple[str, str | None]] = OrderedDict()  # name -> (peft key, version)
        self._lock = threading.RLock()
        self._merged = PEFT_BASE  # the PEFT key whose delta is in the base weights now
        self._pristine: dict[str, Any] = {}  # module name -> base weight before any merge
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
            self.model, self.tokenizer, self.files = model, tok, files

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
        return list(self._loaded)

    def ensure(self, name: str) -> tuple[str, str | None]:
        """Load adapter `name` if needed; return its PEFT key and version."""
        with self._lock:
            self.warm_up()
            if name == BASE:
                return PEFT_BASE, None
            if name in self._loaded:
                self._loaded.move_to_end(name)
                return self._loaded[name]
            composites = self.registry.composites()
            if name in composites:
                return self._load_composite(name, composites[name])
            ref = self.registry.resolve(name)
            if ref.manifest.base_fingerprint != self.files.fingerprint:
                raise AdapterError(
                    f"adapter {ref.name} {ref.version} was trained on base {ref.manifest.base_model!r} "
                    f"(weights {ref.manifest.base_fingerprint[:12]}), but the loaded base is "
                    f"{self.files.model_id!r} (weights {self.files.fingerprint[:12]}): retrain it with "
                    f"`hybrid adapters train {ref.name} --corpus {ref.manifest.corpus}`"
                )
            self._attach(ref.key, ref.path)
            self._loaded[name] = (ref.key, ref.version)
            self._evict()
            return self._loaded[name]

    def _is_peft(self) -> bool:
        from peft import PeftModel

        return isinstance(self.model, PeftModel)

    def _attach(self, key: str, path: Path) -> None:
        from peft import PeftModel

        if isinstance(self.model, PeftModel):
            self.model.load_adapter(str(path), adapter_name=key, is_trainable=False)
        else:
            self.model = PeftModel.from_pretrained(self.model, str(path), adapter_name=key, is_trainable=False)
        self.model.eval()

    def _load_composite(self, name: str, comp: Any) -> tuple[str, str | None]:
        parts = [self.ensure(part)[0] for part in comp.adapters]
        key = f"{name}@composite"
        self.model.add_weighted_adapter(
            adapters=parts,
            weights=list(comp.adapters.values()),
            adapter_name=key,
            combination_type=comp.combination,
        )
        self._loaded[name] = (key, "composite")
        self._evict()
        return self._loaded[name]

    def _evict(self) -> None:
        while len(self._loaded) > self.max_loaded:
            _name, (key, _) = self._loaded.popitem(last=False)
            if key == self._merged:
                self._merge(PEFT_BASE)
            self.model.delete_adapter(key)

    def _merge(self, key: str) -> None:
        """Make the base weights carry exactly adapter `key`'s delta (none for PEFT_BASE)."""
        if key == self._merged:
            return
        import torch
        from peft.tuners.lora import LoraLayer

        with torch.no_grad():
            for name, module in self.model.named_modules():
                if not isinstance(module, LoraLayer):
                    continue
                layer: Any = module  # a LoRA Linear
                weight = layer.get_base_layer().weight.data
                if name not in self._pristine:
                    self._pristine[name] = weight.clone()
                # Written in place, so the pristine copy is never aliased and at most one
                # layer's delta is ever allocated.
                pristine = self._pristine[name]
                if key == PEFT_BASE or key not in layer.lora_A:
                    weight.copy_(pristine)
                elif layer.use_dora.get(key) or getattr(layer, "fan_in_fan_out", False):
                    weight.copy_(pristine).add_(layer.get_delta_weight(key).to(weight.dtype))
                elif weight.dtype == torch.float32:
                    lora_b, lora_a = layer.lora_B[key].weight, layer.lora_A[key].weight
                    torch.addmm(pristine, lora_b, lora_a, alpha=layer.scaling[key], out=weight)
                else:
                    # The rank-r product in float32 (a bf16 matmul is slow on CPUs without
                    # AVX512-BF16), added into the weight in its own dtype.
                    delta = layer.lora_B[key].weight.float() @ layer.lora_A[key].weight.float()
                    weight.copy_(pristine).add_(delta, alpha=layer.scaling[key])
        self._merged = key

    def _plan(self, keys: Sequence[str]) -> tuple[dict[str, Any], Any]:
        """Generate kwargs and context for rows with these PEFT keys (see module doc)."""
        if not self._is_peft():
            return {}, contextlib.nullcontext()
        if len(set(keys)) == 1:
            self._merge(keys[0])
            return {}, self.model.disable_adapter()
        self._merge(PEFT_BASE)
        # Always name every row's adapter: without it PEFT applies its active one.
        return {"adapter_names": list(keys)}, contextlib.nullcontext()

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
            keys = [self.ensure(r.adapter) for r in requests]
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
            plan, context = self._plan([k for k, _ in keys])
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
            key, _ = self.ensure(adapter)
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
                plan, context = self._plan([key] * len(chunk))
                with torch.inference_mode(), context:
                    logits = self.model(input_ids=x.to(self.device), attention_mask=mask.to(self.device), **plan).logits
                for j, (ids, start) in enumerate(chunk):
                    pred = logits[j, start - 1 : len(ids) - 1].float()
                    out.append(float(torch.nn.functional.cross_entropy(pred, x[j, start : len(ids)].to(self.device))))
            return out
