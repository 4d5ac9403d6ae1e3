"""Which adapter (and style guide) speaks for each department."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from hybrid.errors import HybridError
from hybrid.protocols import AdapterStore
from hybrid.types import BASE


class DepartmentError(HybridError):
    """A department is unknown, or its adapter has not been trained."""


class Departments:
    """Maps department names to adapter names. Every adapter in the store is also a
    department of its own name, so a newly trained voice needs no configuration."""

    def __init__(
        self,
        adapters: AdapterStore,
        mapping: Mapping[str, str] | None = None,
        style_dir: Path | None = None,
    ) -> None:
        self.adapters = adapters
        self.mapping = dict(mapping or {})
        self.style_dir = style_dir

    def known(self) -> list[str]:
        return sorted(set(self.mapping) | (set(self.adapters.known()) - {BASE}))

    def adapter_for(self, department: str) -> str:
        """The adapter name for `department`; raises if unknown or untrained."""
        known = self.known()
        if department not in known:
            raise DepartmentError(
                f"unknown department {department!r}; known departments: {', '.join(known) or '(none)'}"
            )
        name = self.mapping.get(department, department)
        if name != BASE and name not in self.adapters.known():
            corpus = f"corpora/style/{department}"
            raise DepartmentError(
                f"department {department!r} speaks through adapter {name!r}, which has no trained version: "
                f"run `hybrid adapters train {name} --corpus {corpus}`"
            )
        return name

    def style_guide(self, department: str) -> str | None:
        """The department's STYLE.md, if the style folder has one."""
        if self.style_dir is None:
            return None
        path = Path(self.style_dir) / department / "STYLE.md"
        return path.read_text(encoding="utf-8") if path.is_file() else None
