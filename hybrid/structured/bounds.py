"""How many tokens the longest valid JSON object of a schema can take.

Constrained decoding guarantees a valid object only if decoding is allowed to finish. A
schema whose strings, arrays or numbers are unbounded has no longest object, so it is
refused here, naming the field; for a bounded one, `token_bound` is an upper bound on
the tokens any valid object takes, laid out as the grammar lays it out (one line,
`", "` and `": "`), because every token is at least one byte.
"""

from __future__ import annotations

import json
from typing import Any

from hybrid.errors import SchemaError

# A surrogate pair is one code point for maxLength but two escapes: 12 bytes.
BYTES_PER_CODE_POINT = 12
UNSUPPORTED = {"not", "if", "then", "else", "dependentSchemas", "dependentRequired", "contains", "uniqueItems"}


def token_bound(schema: dict[str, Any]) -> int:
    """Upper bound on the tokens of any object valid under `schema` (a JSON schema)."""
    return _bound(schema, schema.get("$defs", {}), "$", set())


def _bound(node: dict[str, Any], defs: dict[str, Any], path: str, seen: set[str]) -> int:
    if not isinstance(node, dict):
        raise SchemaError(f"{path}: expected a schema object, got {json.dumps(node)}")
    unsupported = sorted(UNSUPPORTED & node.keys())
    if unsupported:
        # xgrammar ignores some of these silently, which would let invalid objects through.
        raise SchemaError(f"{path}: schema keyword {unsupported[0]!r} cannot be compiled to a grammar")
    if "$ref" in node:
        ref = node["$ref"]
        name = ref.rsplit("/", 1)[-1]
        if not ref.startswith("#/$defs/") or name not in defs:
            raise SchemaError(f"{path}: $ref {ref!r} is not a local #/$defs/ reference")
        if name in seen:
            raise SchemaError(f"{path}: {name} refers to itself, so its objects have no size limit")
        return _bound(defs[name], defs, path, seen | {name})
    if "const" in node:
        return _literal(node["const"])
    if "enum" in node:
        return max(_literal(v) for v in node["enum"])
    for key in ("anyOf", "oneOf"):
        if key in node:
            return max(_bound(sub, defs, f"{path}({key}[{i}])", seen) for i, sub in enumerate(node[key]))
    if "allOf" in node:
        raise SchemaError(f"{path}: allOf is not supported; merge the schemas into one object")
    kind = node.get("type")
    if isinstance(kind, list):
        return max(_bound({**node, "type": t}, defs, path, seen) for t in kind)
    if kind == "string":
        if "pattern" in node:
            # Grammar compilers (xgrammar) drop maxLength when a pattern is given, so the
            # pattern itself must be bounded.
            width = _pattern_width(node["pattern"], path)
            return 2 + width * BYTES_PER_CODE_POINT
        if "format" in node and "maxLength" not in node:
            raise SchemaError(f"{path}: string format {node['format']!r} without maxLength; give max_length=N")
        if "maxLength" not in node:
            raise SchemaError(f"{path}: string without maxLength; give the field max_length=N")
        return 2 + int(node["maxLength"]) * BYTES_PER_CODE_POINT
    if kind == "integer":
        if "maximum" not in node and "exclusiveMaximum" not in node:
            raise SchemaError(f"{path}: integer without maximum; give the field le=N")
        if "minimum" not in node and "exclusiveMinimum" not in node:
            raise SchemaError(f"{path}: integer without minimum; give the field ge=N")
        return max(len(str(node.get(k, 0))) for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"))
    if kind == "number":
        raise SchemaError(f"{path}: number (float) has unbounded digits; use an integer or a bounded string")
    if kind == "boolean":
        return 5
    if kind == "null":
        return 4
    if kind == "array":
        if "prefixItems" in node:
            raise SchemaError(f"{path}: tuple arrays (prefixItems) are not supported; use a list or an object")
        if "maxItems" not in node:
            raise SchemaError(f"{path}: array without maxItems; give the field max_length=N")
        item = _bound(node.get("items", {}), defs, f"{path}[]", seen) if node["maxItems"] else 0
        return 2 + int(node["maxItems"]) * (item + 2)
    if kind == "object" or "properties" in node:
        # xgrammar keeps an object closed when it lists properties, but reads a bare
        # {"type": "object"} as any object at all.
        extra = node.get("additionalProperties", "properties" not in node)
        if extra not in (False, None) or "patternProperties" in node:
            raise SchemaError(
                f"{path}: object with open-ended keys (additionalProperties/patternProperties); "
                "use a model with fixed fields and extra='forbid'"
            )
        props = node.get("properties", {})
        total = 2
        for name, sub in props.items():
            total += len(json.dumps(name)) + 2 + _bound(sub, defs, f"{path}.{name}", seen) + 2
        return total
    construct = kind if kind is not None else (sorted(node) or ["{}"])[0]
    raise SchemaError(f"{path}: schema construct {construct!r} cannot be compiled to a bounded grammar")


def _literal(value: Any) -> int:
    # Enum and const values are emitted verbatim, escaped or not.
    return max(len(json.dumps(value).encode()), len(json.dumps(value, ensure_ascii=False).encode()))


def _pattern_width(pattern: str, path: str) -> int:
    import re._parser as sre_parse  # the stdlib regex parser knows a pattern's widest match

    try:
        width = sre_parse.parse(pattern).getwidth()[1]
    except Exception as exc:  # re.error, or a construct the parser rejects
        raise SchemaError(f"{path}: pattern {pattern!r} is not a valid regular expression ({exc})") from None
    if width >= sre_parse.MAXREPEAT:
        raise SchemaError(
            f"{path}: pattern {pattern!r} matches strings of any length (*, + or {{n,}}); "
            "bound it with {m,n} (max_length is not enforced alongside a pattern)"
        )
    return int(width)


def largest_field(schema: dict[str, Any]) -> tuple[str, int]:
    """The top-level field with the largest bound, to name in budget errors."""
    defs = schema.get("$defs", {})
    sizes = {name: _bound(sub, defs, f"$.{name}", set()) for name, sub in schema.get("properties", {}).items()}
    return max(sizes.items(), key=lambda kv: kv[1]) if sizes else ("$", token_bound(schema))
