"""Project discovery, as git and ruff do it: the nearest `hybrid.toml`, or `pyproject.toml`
with a `[tool.hybrid]` table, in the working directory or any folder above it.

`--config FILE` and `HYBRID_CONFIG=FILE` name the file instead. The folder holding the file
is the project root: relative paths in the file, the default state and adapter folders,
and the keys of ingested documents are all taken against it, so a command gives the same
result from any folder of the project. With no project, state lives in the user's data
directory (`platformdirs.user_data_dir("hybrid")`) and document keys are absolute.

The shipped voices (the repository's `adapters/`, packaged as `hybrid/adapters` in a wheel by
setup.py) are found relative to the package, so an installed or
editable install reads them from any working directory.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from hybrid.errors import ConfigError

CONFIG_FILE = "hybrid.toml"
PYPROJECT = "pyproject.toml"
CONFIG_ENV = "HYBRID_CONFIG"


@dataclass(frozen=True)
class Project:
    """Where the settings file is (if any) and what it says."""

    config: Path | None = None  # the settings file, absolute; None: no project
    table: dict[str, Any] = field(default_factory=dict)  # the settings it holds
    how: str = "none"  # "flag", CONFIG_ENV, "discovered" or "none"

    @property
    def root(self) -> Path | None:
        """The project root: the folder holding the settings file."""
        return self.config.parent if self.config is not None else None

    @property
    def base(self) -> Path:
        """The folder default state and adapters live under: the root, or the user's data directory."""
        return self.root if self.root is not None else data_dir()


def data_dir() -> Path:
    """Where state goes when no project is found (e.g. ~/.local/share/hybrid)."""
    return Path(platformdirs.user_data_dir("hybrid"))


def shipped_adapters() -> Path | None:
    """The voices shipped with `hybrid`: the checkout's `adapters/` beside the package (an
    editable install), or `hybrid/adapters` inside an installed one. Read-only."""
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "adapters", package / "adapters"):
        if candidate.is_dir():
            return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "hybrid" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False  # a broken pyproject.toml is someone else's; keep looking above it


def find_config(start: Path) -> Path | None:
    """The nearest settings file from `start` upwards; `hybrid.toml` wins over
    `pyproject.toml` in the same folder."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
        if (folder / PYPROJECT).is_file() and _has_tool_table(folder / PYPROJECT):
            return folder / PYPROJECT
    return None


def read_table(path: Path) -> dict[str, Any]:
    """The settings in `path`: the whole of a `hybrid.toml`, `[tool.hybrid]` of a pyproject."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings: {exc}") from None
    if path.name == PYPROJECT:
        table = data.get("tool", {}).get("hybrid", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.hybrid] must be a table")
        return table
    return data


def discover(config: Path | None = None, cwd: Path | None = None, environ: Mapping[str, str] | None = None) -> Project:
    """The project for a command run in `cwd`: `config`, else `$HYBRID_CONFIG`, else the
    nearest settings file, else none."""
    env = os.environ if environ is None else environ
    here = Path.cwd() if cwd is None else cwd
    how = "flag" if config is not None else CONFIG_ENV if env.get(CONFIG_ENV) else "discovered"
    named = config if config is not None else Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else None
    if named is not None:
        path = (here / named.expanduser()).resolve()
        if not path.is_file():
            origin = f" (from {CONFIG_ENV})" if how == CONFIG_ENV else ""
            raise ConfigError(f"config file {named}{origin} does not exist")
    else:
        found = find_config(here)
        if found is None:
            return Project()
        path = found
    return Project(path, read_table(path), how)


INIT_TEMPLATE = """\
# hybrid.toml: this folder is a hybrid project. `hybrid` finds this file from this folder
# or any folder below it (or take it from anywhere with --config / HYBRID_CONFIG), and
# takes relative paths in it against this folder. `hybrid config` prints every setting
# and where its value came from.

# Project state: Chroma data, the ingest manifest, the BM25 index, locks.
# state_dir = ".hybrid"

# This project's voices: `hybrid adapters train` writes here. The voices shipped with
# hybrid are read after these (read-only), so a voice trained here takes their place.
# adapters_dir = "adapters"

# [knowledge]
# chroma_url = "http://127.0.0.1:8000"   # a Chroma server instead of the embedded store
# collection = "hybrid"

# [pipeline]
# style_dir = "corpora/style"            # <department>/STYLE.md style guides

# Secrets belong in the environment, not in this file: HYBRID_API_TOKEN,
# HYBRID_SERVE__ADMIN_TOKEN, HYBRID_GENERATION__API_KEY.
"""


def init_project(folder: Path) -> list[Path]:
    """Write a commented `hybrid.toml` and the state and adapter folders into `folder`;
    refuse to overwrite a settings file that is there. Returns what was created."""
    target = folder / CONFIG_FILE
    if target.exists():
        raise ConfigError(f"{target.resolve()} already exists: edit it, or run `hybrid init` in another folder")
    folder.mkdir(parents=True, exist_ok=True)
    created = []
    for sub in (".hybrid", "adapters"):
        if not (folder / sub).exists():
            (folder / sub).mkdir()
            created.append(folder / sub)
    target.write_text(INIT_TEMPLATE, encoding="utf-8")
    return [target, *created]
