"""Which voices trained --from-docs have a documents folder that changed since."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hybrid.style.adapter_store import AdapterRegistry
from hybrid.style.fromdocs.documents import changes, fingerprints


def changed_folders(registry: AdapterRegistry) -> list[dict[str, Any]]:
    """One row per adapter whose active version recorded document fingerprints that the
    folder no longer matches: what was added, removed or changed, and the command to retrain."""
    out = []
    for name in registry.names():
        m = registry.resolve(name).manifest
        if not m.documents:
            continue
        folder = Path(m.corpus)
        now = fingerprints(folder) if folder.is_dir() else {}
        diff = changes(m.documents, now)
        if any(diff.values()):
            out.append(
                {
                    "name": name,
                    "version": m.version,
                    "folder": str(folder),
                    **diff,
                    "retrain": f"hybrid adapters train {name} --from-docs {folder} --department {m.department}",
                }
            )
    return out
