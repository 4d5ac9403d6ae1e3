"""The adapter store: `adapters/<name>/<version>/`, one folder per trained version.

Each version folder holds PEFT's `adapter_model.safetensors` and `adapter_config.json`
plus our `manifest.json` (what it was trained on and from which base weights). The
active version of each adapter is named in `adapters/<name>/active.json`; weighted
blends of adapters are named in `adapters/composites.json`.

Only safetensors are ever loaded: a version folder holding pickle-capable files, or
lacking a config, is refused. Names and versions are validated so nothing can escape
`adapters/`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from hybrid.atomic import replace_dir, write_json
from hybrid.errors import HybridError
from hybrid.types import BASE

# Anchored with \Z and used with fullmatch: `$` would also accept a name ending in "\n".
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\Z")
VERSION_RE = re.compile(r"^v([1-9][0-9]{0,5})\Z")
PICKLE_SUFFIXES = {".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt", ".joblib", ".npy", ".npz"}
WEIGHTS = "adapter_model.safetensors"
CONFIG = "adapter_config.json"
MANIFEST = "manifest.json"


class AdapterError(HybridError):
    """An adapter is unknown, invalid, unsafe, or was trained on another base."""


class AdapterManifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="Adapter name (usually the department).")
    version: str = Field(description="Version folder name, v1, v2, ...")
    department: str = Field(description="Department whose voice it learned.")
    base_model: str = Field(description="Base model id or path it was trained on.")
    base_fingerprint: str = Field(description="sha256 over the base model's tensors.")
    corpus: str = Field(description="Corpus folder it was trained on.")
    corpus_fingerprint: str = Field(description="sha256 of the corpus files.")
    hyperparameters: dict[str, Any] = Field(description="rank, alpha, epochs, lr, seed, ...")
    train_examples: int = Field(description="Examples trained on.")
    heldout_examples: int = Field(description="Held-out examples the held-out loss is measured on.")
    train_loss: float = Field(description="Mean loss over the last epoch.")
    heldout_loss: float | None = Field(description="Mean token loss on held-out examples after training.")
    base_heldout_loss: float | None = Field(default=None, description="The base model's loss on the same examples.")
    training_seconds: float = Field(description="Wall time of training.")
    metrics: dict[str, Any] = Field(default_factory=dict, description="Evaluation metrics, once measured.")
    documents: dict[str, str] = Field(
        default_factory=dict,
        description="For a voice trained --from-docs: each document's path in `corpus` -> its sha256, "
        "so `hybrid adapters check` can tell the folder changed.",
    )
    created_at: str = Field(description="UTC time the version was saved (ISO 8601).")


@dataclass(frozen=True)
class AdapterRef:
    """A resolved, validated adapter version."""

    name: str
    version: str
    path: Path
    manifest: AdapterManifest

    @property
    def key(self) -> str:
        """The name the generator loads it under: unique per version."""
        return f"{self.name}@{self.version}"


# PEFT's add_weighted_adapter combination types.
COMBINATIONS = (
    "svd",
    "linear",
    "cat",
    "ties",
    "ties_svd",
    "dare_ties",
    "dare_linear",
    "dare_ties_svd",
    "dare_linear_svd",
    "magnitude_prune",
    "magnitude_prune_svd",
)


class Composite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    adapters: dict[str, float] = Field(description="Adapter name -> weight.")
    combination: str = Field(default="cat", description="PEFT add_weighted_adapter combination_type.")

    @field_validator("combination")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in COMBINATIONS:
            raise ValueError(f"unknown combination {value!r}; use one of {', '.join(COMBINATIONS)}")
        return value


def _read_json(path: Path) -> Any:
    """The JSON in `path`; any way it cannot be read is an `AdapterError` naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AdapterError(f"{path} is malformed (fix or delete it): {exc}") from None
    except OSError as exc:
        raise AdapterError(f"{path} cannot be read: {exc.strerror or exc}") from None


def _acyclic(comps: dict[str, Composite], path: Path) -> None:
    """Refuse a blend that contains itself, however indirectly: loading it would never end."""

    def visit(name: str, trail: tuple[str, ...]) -> None:
        for part in comps[name].adapters:
            if part in trail:
                cycle = " -> ".join((*trail[trail.index(part) :], part))
                raise AdapterError(f"{path}: composite {part!r} contains itself (cycle {cycle}); remove one of them")
            if part in comps:
                visit(part, (*trail, part))

    for name in comps:
        visit(name, (name,))


def check_name(name: str) -> str:
    if name == BASE or not NAME_RE.fullmatch(name or ""):
        raise AdapterError(
            f"invalid adapter name {name!r}: use 1-64 lowercase letters, digits, '-' or '_' "
            f"(and not {BASE!r}, which means no adapter)"
        )
    return name


def check_version(version: str) -> str:
    if not VERSION_RE.fullmatch(version or ""):
        raise AdapterError(f"invalid adapter version {version!r}: versions look like v1, v2, ...")
    return version


def validate_folder(folder: Path) -> None:
    """Refuse a version folder that could run code when loaded or is incomplete."""
    unsafe = sorted(p.name for p in folder.rglob("*") if p.suffix.lower() in PICKLE_SUFFIXES)
    if unsafe:
        raise AdapterError(f"{folder} holds pickle-capable files ({', '.join(unsafe)}); only safetensors load")
    for needed in (CONFIG, WEIGHTS):
        if not (folder / needed).is_file():
            raise AdapterError(f"{folder} has no {needed}; it is not a complete adapter")
    from safetensors import safe_open

    try:
        with safe_open(str(folder / WEIGHTS), framework="pt") as fh:
            if not list(fh.keys()):
                raise AdapterError(f"{folder / WEIGHTS} holds no tensors")
    except AdapterError:
        raise
    except Exception as exc:
        raise AdapterError(f"{folder / WEIGHTS} is corrupt: {exc}") from None
    try:
        json.loads((folder / CONFIG).read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AdapterError(f"{folder / CONFIG} is not valid JSON: {exc}") from None


class AdapterRegistry:
    """Implements `hybrid.protocols.AdapterStore` over a folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- reading ---------------------------------------------------------------
    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(
            p.name for p in self.root.iterdir() if p.is_dir() and NAME_RE.fullmatch(p.name) and self.versions(p.name)
        )

    def versions(self, name: str) -> list[str]:
        folder = self.root / check_name(name)
        if not folder.is_dir():
            return []
        found = [p.name for p in folder.iterdir() if p.is_dir() and VERSION_RE.fullmatch(p.name)]
        return sorted(found, key=lambda v: int(v[1:]))

    def composites(self) -> dict[str, Composite]:
        path = self.root / "composites.json"
        if not path.is_file():
            return {}
        data = _read_json(path)
        if not isinstance(data, dict):
            raise AdapterError(f"{path} is malformed: it must map composite names to blends, not {type(data).__name__}")
        try:
            comps = {str(k): Composite.model_validate(v) for k, v in data.items()}
        except ValidationError as exc:
            raise AdapterError(f"{path} is malformed: {exc}") from None
        _acyclic(comps, path)
        return comps

    def known(self) -> list[str]:
        return [BASE, *self.names(), *sorted(self.composites())]

    def active_version(self, name: str) -> str | None:
        state = self._activation(name)
        active = state.get("active")
        if active and active in self.versions(name):
            return str(active)
        versions = self.versions(name)
        return versions[-1] if versions else None

    def resolve(self, name: str, version: str | None = None) -> AdapterRef:
        """The named adapter's active (or given) version, validated for safe loading."""
        if name == BASE or name in self.composites():
            raise AdapterError(
                f"{name!r} is not a trained adapter (it is {'the base model' if name == BASE else 'a composite'})"
            )
        if not NAME_RE.fullmatch(name or "") or not self.versions(name):
            raise AdapterError(f"unknown adapter {name!r}; known: {', '.join(self.known())}")
        version = check_version(version) if version else self.active_version(name)
        if version not in self.versions(name):
            raise AdapterError(
                f"adapter {name!r} has no version {version!r}; versions: {', '.join(self.versions(name))}"
            )
        assert version is not None
        folder = self.root / name / version
        validate_folder(folder)
        return AdapterRef(name, version, folder, self._manifest(folder))

    def _manifest(self, folder: Path) -> AdapterManifest:
        path = folder / MANIFEST
        try:
            return AdapterManifest.model_validate(json.loads(path.read_text()))
        except FileNotFoundError:
            raise AdapterError(f"{path} is missing") from None
        except (json.JSONDecodeError, ValidationError) as exc:
            raise AdapterError(f"{path} is malformed: {str(exc).splitlines()[0]}") from None

    def _activation(self, name: str) -> dict[str, Any]:
        """`active.json`: the active version and the ones active before it (empty if none)."""
        path = self.root / check_name(name) / "active.json"
        if not path.is_file():
            return {}
        data = _read_json(path)
        history = data.get("history", []) if isinstance(data, dict) else None
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("active", ""), str)
            or not isinstance(history, list)
            or not all(isinstance(v, str) for v in history)
        ):
            raise AdapterError(
                f'{path} is malformed: expected {{"active": "v2", "history": ["v1"]}}; fix or delete it '
                f"(then the newest version is active)"
            )
        return data

    # -- writing ---------------------------------------------------------------
    def save(self, name: str, write: Callable[[Path], AdapterManifest], activate: bool = True) -> AdapterRef:
        """Create the next version of `name`. `write(folder)` fills a staging folder and
        returns the manifest; only a complete folder is renamed into place, so a crash
        mid-save leaves every earlier version untouched."""
        check_name(name)
        versions = self.versions(name)
        version = f"v{int(versions[-1][1:]) + 1 if versions else 1}"
        with replace_dir(self.root / name / version, keep_existing=True) as staging:
            manifest = write(staging).model_copy(
                update={
                    "name": name,
                    "version": version,
                    "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                }
            )
            write_json(staging / MANIFEST, manifest.model_dump())
            validate_folder(staging)
        if activate:
            self.activate(name, version)
        return self.resolve(name, version)

    def activate(self, name: str, version: str) -> None:
        check_version(version)
        if version not in self.versions(name):
            raise AdapterError(
                f"adapter {name!r} has no version {version!r}; versions: {', '.join(self.versions(name)) or 'none'}"
            )
        state = self._activation(name)
        history = [v for v in state.get("history", []) if v != version]
        if state.get("active") and state["active"] != version:
            history.append(state["active"])
        write_json(self.root / name / "active.json", {"active": version, "history": history[-20:]})

    def rollback(self, name: str) -> str:
        """Re-activate the version that was active before the current one."""
        state = self._activation(name)
        history = [v for v in state.get("history", []) if v in self.versions(name)]
        if not history:
            raise AdapterError(f"adapter {name!r} has no earlier active version to roll back to")
        previous = history.pop()
        write_json(self.root / name / "active.json", {"active": previous, "history": history})
        return previous

    def remove(self, name: str, version: str | None = None) -> list[str]:
        """Delete one version, or every version of `name`. Returns what was removed."""
        if name in self.composites():
            comps = {k: v.model_dump() for k, v in self.composites().items() if k != name}
            write_json(self.root / "composites.json", comps)
            return [name]
        versions = self.versions(name)
        if not versions:
            raise AdapterError(f"unknown adapter {name!r}; known: {', '.join(self.known())}")
        targets = [check_version(version)] if version else versions
        for v in targets:
            if v not in versions:
                raise AdapterError(f"adapter {name!r} has no version {v!r}; versions: {', '.join(versions)}")
        for v in targets:
            shutil.rmtree(self.root / name / v)
        if not self.versions(name):
            shutil.rmtree(self.root / name)
        elif self._activation(name).get("active") in targets:
            self.activate(name, self.versions(name)[-1])
        return [f"{name}/{v}" for v in targets]

    def add_composite(self, name: str, weights: dict[str, float], combination: str = "cat") -> None:
        check_name(name)
        if self.versions(name):
            raise AdapterError(f"{name!r} is already a trained adapter")
        if len(weights) < 2:
            raise AdapterError("a composite blends at least two adapters")
        for part in weights:
            self.resolve(part)
        comps = {k: v.model_dump() for k, v in self.composites().items()}
        comps[name] = Composite(adapters=weights, combination=combination).model_dump()
        write_json(self.root / "composites.json", comps)

    def stale_for(self, base_fingerprint: str) -> list[dict[str, str]]:
        """Every adapter whose active version was trained on other base weights."""
        stale = []
        for name in self.names():
            ref = self.resolve(name)
            if ref.manifest.base_fingerprint != base_fingerprint:
                stale.append(
                    {
                        "name": name,
                        "version": ref.version,
                        "trained_on": ref.manifest.base_model,
                        "trained_fingerprint": ref.manifest.base_fingerprint[:12],
                        "configured_fingerprint": base_fingerprint[:12],
                        "retrain": f"hybrid adapters train {name} --corpus {ref.manifest.corpus}",
                    }
                )
        return stale

    check = stale_for  # the old name
