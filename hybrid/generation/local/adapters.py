"""The adapters resident on the local base model: loading, eviction, baking and routing.

Per-request selection never calls PEFT's global `set_adapter` (peft issue #804: it is
process-wide, and costs a walk over every LoRA layer). Instead each call is routed:

- a call whose rows all use one adapter runs the plain model on base weights with that
  adapter's delta baked in. PEFT's per-layer LoRA forward costs ~95 us on each of 210
  layers per token, which is 40% of a decode step at this model size. Each adapter's baked
  weights are a set of tensors of their own, built from the untouched base weights, and
  kept while they fit in `baked_bytes`: switching to one already built only points each
  layer at its tensor, and switching back and forth never drifts (PEFT's own
  merge/unmerge is arithmetic on the live weight). Past the budget the least recently
  used set is rebuilt in place for the next adapter, the cost of a switch before sets
  were kept (79 ms for the 135M base in bf16 on an AVX2 EPYC).
- a call that mixes adapters runs the batched LoRA of `multilora` (each row gathers its
  adapter's A/B factors, Punica-style), so one forward serves rows in different voices at
  about one adapter's cost; PEFT's per-row `adapter_names=` (a loop over adapters in every
  layer) remains for the adapters it cannot serve, such as DoRA.

Baking happens behind PEFT's back (its `merged` flag stays False), so PEFT's own guard
against `adapter_names` on merged weights cannot fire. `AdapterCache` checks that
invariant itself, when the forward starts.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from hybrid.style.adapter_store import AdapterError, AdapterRegistry, Composite
from hybrid.types import BASE

# PEFT's name for "no adapter" in `adapter_names=`.
PEFT_BASE = "__base__"
# Memory for baked weight sets (`generation.baked_adapters_mb`). One set of the 135M base
# is 202 MB in bf16, 405 MB in float32 (MB = 2**20 bytes); at least one set is always kept.
DEFAULT_BAKED_BYTES = 2048 * 2**20


class AdapterStateError(RuntimeError):
    """The cache's weights and a routing disagree: a bug in hybrid, not a user error.

    Raised instead of running a forward that would apply an adapter twice (named per row
    and baked into the base) or name one that is no longer loaded."""


def bake_in_float32(weight: Any, pristine: Any, lora_b: Any, lora_a: Any, alpha: float, scratch: Any) -> None:
    """`weight` = `pristine` + `alpha` B A, summed in the float32 `scratch` (the weight's
    shape) and rounded once into `weight`'s own dtype."""
    scratch.copy_(pristine)
    scratch.addmm_(lora_b.float(), lora_a.float(), alpha=alpha)
    weight.copy_(scratch)


@functools.cache
def own_dtype_bake_is_faster(dtype: Any, device: str) -> bool:
    """Whether a bake runs faster as one addmm in the weight's own `dtype` than summed in
    float32 and rounded in, timed once per process on a layer-sized matrix (a few ms).

    Which is faster depends on the CPU, so it is measured, not assumed: on a Xeon with
    AMX, bf16 bakes of the 135M base took 80 ms one way and 453 ms the other; on AVX2
    without bf16, many-row bf16 matmuls ran 5-6x slower than float32. The own-dtype way
    also rounds the factors and their product to bf16: held-out losses of the shipped
    adapters moved by at most 0.003 nat against float32 either way."""
    import torch

    if device != "cpu":
        return True
    pristine = torch.randn(1536, 576).to(dtype)
    weight = torch.empty_like(pristine)
    a, b = torch.randn(16, 576), torch.randn(1536, 16)
    a_own, b_own = a.to(dtype), b.to(dtype)

    def own() -> None:
        torch.addmm(pristine, b_own, a_own, alpha=0.5, out=weight)

    scratch = torch.empty(pristine.shape)

    def float32() -> None:
        bake_in_float32(weight, pristine, b, a, 0.5, scratch)

    def best(f: Any) -> float:
        times = []
        for _ in range(5):
            t = time.perf_counter()
            f()
            times.append(time.perf_counter() - t)
        return min(times)

    own()  # first calls pay one-time setup
    float32()
    return best(own) < best(float32)


def _set_bytes(weights: dict[str, Any]) -> int:
    return sum(w.numel() * w.element_size() for w in weights.values())


class AdapterCache:
    """Up to `max_loaded` adapter versions on one base model, least recently used first out.

    Keyed by name and version: each load asks the registry which version is active (a
    read of `active.json`), so `hybrid adapters activate`, `rollback` or a new `train`
    take effect on a running server's next call, with no restart. A call resolves its
    versions once, under the generator's lock, so one that is running finishes on the
    version it started with; the old version is evicted like any other, when unused.

    Not thread-safe: `LocalGenerator` serialises every call with its lock. `model` starts
    as the plain base and becomes a `PeftModel` when the first adapter loads.
    """

    def __init__(
        self,
        model: Any,
        registry: AdapterRegistry,
        base_fingerprint: str,
        base_id: str,
        max_loaded: int = 8,
        baked_bytes: int = DEFAULT_BAKED_BYTES,
    ) -> None:
        self.model = model
        self.registry = registry
        self.base_fingerprint = base_fingerprint
        self.base_id = base_id
        self.max_loaded = max_loaded
        self._loaded: OrderedDict[str, tuple[str, str | None]] = OrderedDict()  # PEFT key -> (name, version)
        self.baked_bytes = baked_bytes
        self._baked = PEFT_BASE  # the PEFT key whose delta is in the base weights now
        self._pristine: dict[str, Any] = {}  # LoRA module name -> its base weight as loaded, never written
        # PEFT key -> {LoRA module name: its weight with the key's delta}, least recently
        # used first; a layer the adapter leaves alone has no entry and runs on its pristine weight.
        self._sets: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._scratch: Any = None  # float32, one layer's size: where a low-precision bake is summed
        # (name, LoRA layer) pairs, found once per change of the loaded adapters: walking the
        # model's modules took 16 ms of each switch under cProfile.
        self._layers: list[tuple[str, Any]] | None = None
        # Single-adapter calls bake (True) or take the batched path (False). Measured side by
        # side (benchmarks/adapters.py, `batched_path_*` figures): the batched path's per-layer
        # work cost more than the switches it saved, so baking is the default.
        self.bake_single = True

    @property
    def baked(self) -> str:
        """The PEFT key whose delta the base weights carry now (`PEFT_BASE` for none)."""
        return self._baked

    def baked_sets(self) -> dict[str, int]:
        """The adapters whose baked weights are kept, least recently used first, with their bytes."""
        return {key: _set_bytes(weights) for key, weights in self._sets.items()}

    def loaded(self) -> list[str]:
        """Resident adapter names, one per resident version, least recently used first."""
        return [name for name, _ in self._loaded.values()]

    # -- loading ---------------------------------------------------------------
    def load_adapter(self, name: str) -> tuple[str, str | None]:
        """Load adapter `name` if needed; return its PEFT key and version."""
        if name == BASE:
            return PEFT_BASE, None
        composites = self.registry.composites()
        if name in composites:
            return self._load_composite(name, composites[name])
        version = self.registry.active_version(name)
        key = f"{name}@{version}"
        if key in self._loaded:
            self._loaded.move_to_end(key)
            return key, version
        ref = self.registry.resolve(name, version)
        if ref.manifest.base_fingerprint != self.base_fingerprint:
            raise AdapterError(
                f"adapter {ref.name} {ref.version} was trained on base {ref.manifest.base_model!r} "
                f"(weights {ref.manifest.base_fingerprint[:12]}), but the loaded base is "
                f"{self.base_id!r} (weights {self.base_fingerprint[:12]}): retrain it with "
                f"`hybrid adapters train {ref.name} --corpus {ref.manifest.corpus}`"
            )
        self._attach(ref.key, ref.path)
        self._loaded[ref.key] = (name, ref.version)
        self._evict()
        return ref.key, ref.version

    def _attach(self, key: str, path: Path) -> None:
        from peft import PeftModel

        if isinstance(self.model, PeftModel):
            self.model.load_adapter(str(path), adapter_name=key, is_trainable=False)
        else:
            self.model = PeftModel.from_pretrained(self.model, str(path), adapter_name=key, is_trainable=False)
        self.model.eval()
        self._layers = None

    def _load_composite(self, name: str, comp: Composite) -> tuple[str, str | None]:
        parts = [self.load_adapter(part)[0] for part in comp.adapters]
        # Keyed by its parts' versions too: a part's new version makes a new blend.
        key = f"{name}@composite({'+'.join(parts)})"
        if key in self._loaded:
            self._loaded.move_to_end(key)
            return key, "composite"
        self.model.add_weighted_adapter(
            adapters=parts,
            weights=list(comp.adapters.values()),
            adapter_name=key,
            combination_type=comp.combination,
        )
        self._layers = None
        self._loaded[key] = (name, "composite")
        self._evict()
        return key, "composite"

    def _evict(self) -> None:
        while len(self._loaded) > self.max_loaded:
            key, _ = self._loaded.popitem(last=False)
            if key == self._baked:
                self._bake(PEFT_BASE)
            self._sets.pop(key, None)
            self.model.delete_adapter(key)
            self._layers = None

    # -- baking ----------------------------------------------------------------
    def _bake(self, key: str) -> None:
        """Make the base weights carry exactly adapter `key`'s delta (none for PEFT_BASE)."""
        if key == self._baked:
            return
        import torch

        layers = self._lora_layers()
        for name, layer in layers:
            # Seen before any swap of this layer, so this is the weight as loaded.
            self._pristine.setdefault(name, layer.get_base_layer().weight.data)
        with torch.no_grad():
            weights = {} if key == PEFT_BASE else self._set_for(key, layers)
        for name, layer in layers:
            # Pointing the Parameter at another tensor is the whole switch: no weight is
            # copied, so a switch to a set already built costs about a millisecond.
            layer.get_base_layer().weight.data = weights.get(name, self._pristine[name])
        self._baked = key

    def _set_for(self, key: str, layers: list[tuple[str, Any]]) -> dict[str, Any]:
        """Adapter `key`'s baked weights, built now unless a set of them is kept."""
        import torch

        if key in self._sets:
            self._sets.move_to_end(key)
            # `baked_bytes` may have been lowered since the other sets were built.
            self._drop_sets(room=0, keep=1)
            return self._sets[key]
        touched = [(name, layer) for name, layer in layers if key in layer.lora_A]
        # The dropped sets' tensors are overwritten for this one: no allocation, and the
        # memory stays within the budget.
        spare = self._drop_sets(room=_set_bytes({n: self._pristine[n] for n, _ in touched}), keep=0)
        weights = {}
        for name, layer in touched:
            pristine = self._pristine[name]
            target = spare.pop(name, None)
            if target is None or target.shape != pristine.shape or target.dtype != pristine.dtype:
                target = torch.empty_like(pristine)
            self._bake_layer(layer, key, pristine, target)
            weights[name] = target
        self._sets[key] = weights
        return weights

    def _drop_sets(self, room: int, keep: int) -> dict[str, Any]:
        """Drop the least recently used sets, all but the newest `keep`, until `room` more
        bytes fit in `baked_bytes`; return the dropped tensors by layer name, for reuse."""
        dropped: dict[str, Any] = {}
        while len(self._sets) > keep and sum(map(_set_bytes, self._sets.values())) + room > self.baked_bytes:
            dropped |= self._sets.popitem(last=False)[1]
        return dropped

    def _lora_layers(self) -> list[tuple[str, Any]]:
        from peft.tuners.lora import LoraLayer

        if self._layers is None:
            self._layers = [(n, m) for n, m in self.model.named_modules() if isinstance(m, LoraLayer)]
        return self._layers

    def _bake_layer(self, layer: Any, key: str, pristine: Any, weight: Any) -> None:
        """Write `pristine` plus adapter `key`'s delta into `weight`, in `pristine`'s dtype."""
        import torch

        if layer.use_dora.get(key) or getattr(layer, "fan_in_fan_out", False):
            weight.copy_(pristine).add_(layer.get_delta_weight(key).to(weight.dtype))
        elif weight.dtype == torch.float32 or own_dtype_bake_is_faster(weight.dtype, weight.device.type):
            lora_b, lora_a = layer.lora_B[key].weight, layer.lora_A[key].weight
            if lora_b.dtype != weight.dtype:
                lora_b, lora_a = lora_b.to(weight.dtype), lora_a.to(weight.dtype)
            torch.addmm(pristine, lora_b, lora_a, alpha=layer.scaling[key], out=weight)
        else:
            # Summed in float32, since on a CPU without bf16 matmul units a bf16 addmm is the
            # slower way, and rounded once into the weight. The sum goes to one reused
            # layer-sized buffer (3.5 MB at most here, small enough to stay in cache), where a
            # fresh full-size delta per layer cost an allocation and a second pass over the
            # weight: a bake of the 135M base in bf16 went from 146 to 74 ms on an AVX2
            # EPYC, by a throwaway timing of 16 switches.
            lora_b, lora_a = layer.lora_B[key].weight, layer.lora_A[key].weight
            bake_in_float32(weight, pristine, lora_b, lora_a, layer.scaling[key], self._scratch_like(weight))

    def _scratch_like(self, weight: Any) -> Any:
        import torch

        if self._scratch is None or self._scratch.numel() < weight.numel() or self._scratch.device != weight.device:
            self._scratch = torch.empty(weight.numel(), dtype=torch.float32, device=weight.device)
        return self._scratch[: weight.numel()].view(weight.shape)

    # -- routing ---------------------------------------------------------------
    def route(self, keys: Sequence[str]) -> tuple[dict[str, Any], contextlib.AbstractContextManager[Any]]:
        """Forward kwargs and the context to run them in, for rows with these PEFT keys.

        The context checks, as the forward starts, that the weights are still in the
        state this routing chose (see the module doc)."""
        from peft import PeftModel

        if not isinstance(self.model, PeftModel):
            return {}, contextlib.nullcontext()
        if len(set(keys)) == 1 and (self.bake_single or keys[0] == PEFT_BASE):
            self._bake(keys[0])
            return {}, self._baked_forward(keys[0])
        from hybrid.generation.local import multilora

        self._bake(PEFT_BASE)
        names = list(keys)
        if multilora.supports(multilora.lora_layers(self.model), names):
            return {}, self._batched_forward(names)
        # Always name every row's adapter: without it PEFT applies its active one.
        return {"adapter_names": names}, self._named_forward(names)

    @contextlib.contextmanager
    def _baked_forward(self, key: str) -> Iterator[None]:
        self._check_resident([key])
        if self._baked != key:
            raise AdapterStateError(f"routed a call to run with {key!r} baked in, but {self._baked!r} is baked now")
        with self.model.disable_adapter():  # PEFT must not add the baked delta a second time
            yield

    @contextlib.contextmanager
    def _named_forward(self, names: Sequence[str]) -> Iterator[None]:
        self._check_unbaked(names)
        yield

    @contextlib.contextmanager
    def _batched_forward(self, names: Sequence[str]) -> Iterator[None]:
        from hybrid.generation.local import multilora

        self._check_unbaked(names)
        # PEFT's own LoRA forward off: the batched hooks add each row's delta instead.
        with self.model.disable_adapter(), multilora.batched_lora(self.model, names):
            yield

    def _check_unbaked(self, names: Sequence[str]) -> None:
        self._check_resident(names)
        if self._baked != PEFT_BASE:
            raise AdapterStateError(
                f"rows name adapters ({', '.join(sorted(set(names)))}) while {self._baked!r} is baked into "
                "the base weights: its delta would be applied twice"
            )

    def _check_resident(self, keys: Sequence[str]) -> None:
        resident = {*self._loaded, PEFT_BASE}
        missing = sorted(set(keys) - resident)
        if missing:
            raise AdapterError(
                f"adapters {', '.join(missing)} were unloaded before the call ran: one call used more "
                f"adapters than max_loaded={self.max_loaded} keeps resident; raise "
                "generation.max_loaded_adapters or send fewer adapters per batch"
            )
