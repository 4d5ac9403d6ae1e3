"""The one filter language every retriever speaks, evaluated in one place.

A filter maps a metadata field to one accepted value or to a sequence (list, tuple, set,
frozenset) of accepted values; a passage matches when every field holds one of its
accepted values. Values are Chroma metadata scalars: str, int, float or bool. Anything
else, such as an operator mapping (`{"$gte": ...}`), is refused by `normalise`, so Chroma,
BM25 and the LlamaIndex bridge can never disagree about what a filter means.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hybrid.errors import FilterError

__all__ = ["FilterError", "cache_key", "matcher", "matches", "normalise", "to_chroma_where"]

Scalar = str | int | float | bool
_SCALARS = (str, int, float, bool)
_SEQUENCES = (list, tuple, set, frozenset)
_ALLOWED = "a str, int, float or bool value, or a list/tuple/set of them"


def _accepted(field: str, want: Any) -> frozenset[Scalar]:
    values = list(want) if isinstance(want, _SEQUENCES) else [want]
    if not values:
        raise FilterError(f"filter {field!r} lists no accepted values; give {_ALLOWED}")
    for value in values:
        # None is refused too: Chroma stores no null metadata, so it could never match there.
        if not isinstance(value, _SCALARS):
            raise FilterError(
                f"filter {field!r} = {want!r} is not allowed: give {_ALLOWED}; operators are not supported"
            )
    return frozenset(values)


def normalise(filters: Mapping[str, Any] | None) -> dict[str, frozenset[Scalar]]:
    """Each field's set of accepted values; raises `FilterError` for anything else."""
    if not filters:
        return {}
    if not isinstance(filters, Mapping):
        raise FilterError(f"filters must map a metadata field to {_ALLOWED}, not {type(filters).__name__}")
    return {str(field): _accepted(str(field), want) for field, want in filters.items()}


def matcher(filters: Mapping[str, Any] | None) -> Callable[[Mapping[str, Any]], bool]:
    """`matches` with the filter checked once, for testing many metadata dicts."""
    norm = normalise(filters)

    def accept(metadata: Mapping[str, Any]) -> bool:
        return all(metadata.get(field) in values for field, values in norm.items())

    return accept


def matches(metadata: Mapping[str, Any], filters: Mapping[str, Any] | None) -> bool:
    """Whether `metadata` holds an accepted value for every filtered field."""
    return matcher(filters)(metadata)


def cache_key(filters: Mapping[str, Any] | None) -> str:
    """A string equal for filters that mean the same thing (order and container type aside)."""
    norm = normalise(filters)
    return repr(sorted((field, sorted(map(repr, values))) for field, values in norm.items()))


def to_chroma_where(filters: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The same filter as a Chroma `where` clause (None for no filter)."""
    clauses: list[dict[str, Any]] = []
    for field, values in normalise(filters).items():
        ordered = sorted(values, key=repr)  # deterministic clauses, whatever the container
        clauses.append({field: {"$eq": ordered[0]}} if len(ordered) == 1 else {field: {"$in": ordered}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
