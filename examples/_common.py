"""Shared by the examples: paths that work from any working directory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "corpora" / "facts"


def settings(**overrides: Any) -> Any:
    """hybrid.toml / HYBRID_* settings, with the repository's adapters and style guides."""
    from hybrid.settings import load_settings

    overrides.setdefault("adapters_dir", ROOT / "adapters")
    overrides.setdefault("pipeline", {"style_dir": ROOT / "corpora" / "style"})
    return load_settings(**overrides)
