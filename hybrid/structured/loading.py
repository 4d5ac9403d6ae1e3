"""Find a schema class from a `package.module:Class` string (command line, settings)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from pydantic import BaseModel

from hybrid.errors import SchemaError


def load_schema(spec: str) -> type[BaseModel]:
    """Import `package.module:Class` and check it is a pydantic model. The current folder
    is searched too, so a project's own `schemas.py` works from the command line."""
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise SchemaError(
            f"schema {spec!r} is not of the form package.module:Class (e.g. hybrid.changelog:ChangelogEntry)"
        )
    cwd = str(Path.cwd())
    added = cwd not in sys.path
    if added:
        sys.path.insert(0, cwd)
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise SchemaError(f"schema {spec!r}: cannot import module {module_name!r} ({exc})") from None
    finally:
        if added:
            sys.path.remove(cwd)
    value = module
    for part in attr.split("."):
        if not hasattr(value, part):
            raise SchemaError(f"schema {spec!r}: module {module_name!r} has no attribute {attr!r}")
        value = getattr(value, part)
    if not (isinstance(value, type) and issubclass(value, BaseModel)):
        raise SchemaError(f"schema {spec!r} is {value!r}, not a pydantic model class")
    return value
