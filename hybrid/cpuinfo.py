"""The CPU as /proc/cpuinfo describes it: one reader for the precision probe's cache key and
for what every benchmark records beside its figures."""

from __future__ import annotations

import platform
from pathlib import Path


def cpuinfo(path: Path = Path("/proc/cpuinfo")) -> dict[str, str]:
    """The first processor's fields ("model name", "cpu family", "flags", ...); empty where
    the file is absent (not Linux)."""
    info: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text().splitlines():
            key, _, value = line.partition(":")
            info.setdefault(key.strip(), value.strip())
    return info


def cpu_model(info: dict[str, str]) -> str:
    return info.get("model name") or platform.processor() or "unknown"


def cpu_flags(info: dict[str, str]) -> set[str]:
    return set(info.get("flags", "").split())
