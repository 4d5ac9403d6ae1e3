"""Training checkpoints: resume a LoRA run after an interrupt, never unpickling.

A checkpoint is two files written atomically in the run's work folder: the trainable
tensors, the optimiser's moments and torch's RNG state as safetensors, and the step,
recent losses, optimiser hyperparameters and schedule as JSON. It is keyed by what
shapes the run (corpus, hyperparameters, base weights), so a changed run never resumes
from another's state. `torch.save` would be simpler but pickles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hybrid.atomic import write_bytes, write_json

TENSORS = "checkpoint.safetensors"
STATE = "checkpoint.json"


@dataclass
class Resumed:
    step: int
    recent: list[float]


class Checkpoints:
    """Save every `every` optimiser steps into `folder`; restore the newest if its key matches."""

    def __init__(self, folder: Path, key: str, every: int = 10) -> None:
        self.folder = Path(folder)
        self.key = key
        self.every = max(1, every)

    def due(self, step: int) -> bool:
        return step % self.every == 0

    def save(self, run: Any, step: int, recent: list[float]) -> None:
        import torch
        from safetensors.torch import save

        named = _trainable(run.model)
        tensors = {f"param.{n}": p.detach().cpu().contiguous() for n, p in named.items()}
        state = run.optimiser.state_dict()
        for i, slots in state["state"].items():
            for k, v in slots.items():
                tensors[f"optim.{i}.{k}"] = torch.as_tensor(v).detach().cpu().contiguous()
        tensors["rng.torch"] = torch.get_rng_state()
        self.folder.mkdir(parents=True, exist_ok=True)
        # Tensors first: a state file only ever names tensors that are already complete.
        write_bytes(self.folder / TENSORS, save(tensors))
        write_json(
            self.folder / STATE,
            {
                "key": self.key,
                "step": step,
                "recent": recent,
                "param_groups": state["param_groups"],
                "scheduler": _jsonable(run.scheduler.state_dict()),
            },
        )

    def restore(self, run: Any) -> Resumed | None:
        """Load the checkpoint into `run` and say where it stopped; None if there is none for this key."""
        import torch
        from safetensors.torch import load_file

        path = self.folder / STATE
        if not path.is_file() or not (self.folder / TENSORS).is_file():
            return None
        saved = json.loads(path.read_text(encoding="utf-8"))
        if saved.get("key") != self.key:
            return None
        tensors = load_file(str(self.folder / TENSORS))
        with torch.no_grad():
            for n, p in _trainable(run.model).items():
                p.copy_(tensors[f"param.{n}"].to(p.device, p.dtype))
        slots: dict[int, dict[str, Any]] = {}
        for name, value in tensors.items():
            if name.startswith("optim."):
                _, i, k = name.split(".", 2)
                slots.setdefault(int(i), {})[k] = value
        run.optimiser.load_state_dict({"state": slots, "param_groups": saved["param_groups"]})
        run.scheduler.load_state_dict(saved["scheduler"])
        torch.set_rng_state(tensors["rng.torch"])
        return Resumed(int(saved["step"]), [float(x) for x in saved["recent"]])

    def clear(self) -> None:
        for name in (STATE, TENSORS):
            (self.folder / name).unlink(missing_ok=True)


def _trainable(model: Any) -> dict[str, Any]:
    return {n: p for n, p in model.named_parameters() if p.requires_grad}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (int, float, str, bool)) or value is None:
        return value
    return float(value)  # a 0-d tensor or numpy scalar in the schedule's state
