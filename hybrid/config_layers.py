"""Settings layers merged with their provenance: defaults < settings file < environment <
flags, each leaf remembering which layer set it, so `hybrid config` can say where a value
came from and relative paths can be taken against the right folder.

Generic over a pydantic model class: this module knows nothing of `hybrid.settings`.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

Origins = dict[str, str]  # dotted setting -> "file /p/hybrid.toml", "env HYBRID_X", "flag", ...


def _model_of(model: type[BaseModel], key: str) -> type[BaseModel] | None:
    """The nested settings model behind `key`, if it is one (recursion stops at any other type)."""
    field = model.model_fields.get(key)
    ann = field.annotation if field is not None else None
    return ann if isinstance(ann, type) and issubclass(ann, BaseModel) else None


def merge(model: type[BaseModel], layers: list[tuple[str, dict[str, Any]]]) -> tuple[dict[str, Any], Origins]:
    """Later layers win, leaf by leaf; a leaf is any value that is not a nested settings
    model (a dict setting such as `pipeline.departments` is replaced whole, not merged)."""
    merged: dict[str, Any] = {}
    origins: Origins = {}

    def put(target: dict[str, Any], cls: type[BaseModel] | None, data: dict[str, Any], prefix: str, who: str) -> None:
        for key, value in data.items():
            sub = _model_of(cls, key) if cls is not None else None
            dotted = f"{prefix}{key}"
            if sub is not None and isinstance(value, dict):
                node = target.setdefault(key, {})
                if isinstance(node, dict):
                    put(node, sub, value, dotted + ".", who)
                    continue
            target[key] = value
            origins[dotted] = who

    for who, data in layers:
        put(merged, model, data, "", who)
    return merged, origins


def _is_path(annotation: Any) -> bool:
    if annotation is Path:
        return True
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return Path in typing.get_args(annotation)
    return False


def path_fields(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """Every dotted setting typed `Path` (or `Path | None`), nested models included."""
    for name, field in model.model_fields.items():
        sub = _model_of(model, name)
        if sub is not None:
            yield from path_fields(sub, f"{prefix}{name}.")
        elif _is_path(field.annotation):
            yield f"{prefix}{name}"


def get(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def put(data: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = data
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value


def anchor_paths(
    data: dict[str, Any], origins: Origins, fields: list[str], base_for: Callable[[str], Path | None]
) -> None:
    """Make each relative path setting absolute against the folder its layer means
    (`base_for(origin)`; None leaves it as given)."""
    for dotted in fields:
        value = get(data, dotted)
        if value is None or dotted not in origins:
            continue
        path = Path(value).expanduser()
        base = base_for(origins[dotted])
        if not path.is_absolute() and base is not None:
            path = base / path
        put(data, dotted, path)


def leaves(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted name, value) of every leaf setting of a loaded model."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from leaves(value, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", value
