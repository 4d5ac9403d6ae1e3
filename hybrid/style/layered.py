"""A layered adapter store: the project's own registry first, then the shipped voices.

Reading looks through the layers in order, a whole adapter name at a time: once the
project trains its own `marketing`, the shipped `marketing` is out of sight, versions and
all, so a version number always means one folder. Writing (training, activate, rollback,
remove, blends) goes to the project's registry only; the shipped layers are never changed.
Activating or removing a shipped voice is refused rather than copied: a project
`active.json` naming a version that lives in another folder would make "which v1?"
depend on the layers present, and the shipped voices have one version each anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from hybrid.atomic import write_json
from hybrid.style.adapter_store import AdapterError, AdapterManifest, AdapterRef, AdapterRegistry, Composite, check_name
from hybrid.types import BASE


@dataclass(frozen=True)
class ShippedRef(AdapterRef):
    """A version read from a shipped layer. Its key differs from a project version of the
    same name and number, so a loaded shipped `marketing@v1` is never mistaken for a
    project `marketing@v1` trained later in the same process."""

    @property
    def key(self) -> str:
        return f"{self.name}@shipped-{self.version}"


class LayeredAdapterStore(AdapterRegistry):
    """`root` is the project's registry (written by training); `shipped` are read-only."""

    def __init__(self, root: Path, shipped: Sequence[Path] = ()) -> None:
        super().__init__(root)
        own = Path(root).resolve()
        # The checkout's own project registry is the shipped folder: one layer, writable.
        self.shipped = [AdapterRegistry(p) for p in shipped if Path(p).resolve() != own]
        self._own = AdapterRegistry(root)

    # -- reading ---------------------------------------------------------------
    def layer_of(self, name: str) -> AdapterRegistry | None:
        """The layer whose versions of `name` are in sight (None: no layer has any)."""
        for layer in (self._own, *self.shipped):
            if layer.versions(name):
                return layer
        return None

    def is_shipped(self, name: str) -> bool:
        layer = self.layer_of(name)
        return layer is not None and layer is not self._own

    def names(self) -> list[str]:
        return sorted({n for layer in (self._own, *self.shipped) for n in layer.names()})

    def versions(self, name: str) -> list[str]:
        layer = self.layer_of(check_name(name))
        return layer.versions(name) if layer is not None else []

    def composites(self) -> dict[str, Composite]:
        merged: dict[str, Composite] = {}
        for layer in (*reversed(self.shipped), self._own):
            merged.update(layer.composites())
        return merged

    def active_version(self, name: str) -> str | None:
        layer = self.layer_of(name)
        return layer.active_version(name) if layer is not None else None

    def resolve(self, name: str, version: str | None = None) -> AdapterRef:
        layer = None if name == BASE or name in self.composites() else self.layer_of(name)
        if layer is None or layer is self._own:
            # The project's layer, or the errors for unknown names, listing every layer's.
            return super().resolve(name, version)
        ref = layer.resolve(name, version)
        return ShippedRef(ref.name, ref.version, ref.path, ref.manifest)

    # -- writing: the project's registry only -----------------------------------
    def _refuse_shipped(self, name: str, action: str) -> None:
        if self.is_shipped(name):
            where = self.layer_of(name)
            raise AdapterError(
                f"adapter {name!r} is a shipped voice (read-only, in {where.root if where else '?'}): cannot {action} "
                f"it; train the project's own with `hybrid adapters train {name} --corpus DIR` (it goes to "
                f"{self.root}), which then takes its place"
            )

    def save(self, name: str, write: Callable[[Path], AdapterManifest], activate: bool = True) -> AdapterRef:
        return self._own.save(name, write, activate=activate)

    def activate(self, name: str, version: str) -> None:
        self._refuse_shipped(name, "activate a version of")
        self._own.activate(name, version)

    def rollback(self, name: str) -> str:
        self._refuse_shipped(name, "roll back")
        return self._own.rollback(name)

    def remove(self, name: str, version: str | None = None) -> list[str]:
        if name in self.composites() and name not in self._own.composites():
            raise AdapterError(f"composite {name!r} is shipped (read-only): it cannot be removed")
        if name not in self.composites():
            self._refuse_shipped(name, "remove")
        return self._own.remove(name, version)

    def add_composite(self, name: str, weights: dict[str, float], combination: str = "cat") -> None:
        check_name(name)
        if self.layer_of(name) is not None:
            raise AdapterError(f"{name!r} is already a trained adapter")
        if len(weights) < 2:
            raise AdapterError("a composite blends at least two adapters")
        for part in weights:
            self.resolve(part)  # any layer's voice may be blended
        comps = {k: v.model_dump() for k, v in self._own.composites().items()}
        comps[name] = Composite(adapters=weights, combination=combination).model_dump()
        write_json(self.root / "composites.json", comps)
