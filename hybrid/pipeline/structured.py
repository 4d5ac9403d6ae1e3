"""Old home of a schema request's options; `hybrid.pipeline.spec.SchemaSpec` replaces it.

Kept as an alias for one release."""

from __future__ import annotations

from hybrid.pipeline.spec import MECHANISMS, SchemaSpec, schema_options

__all__ = ["MECHANISMS", "SchemaSpec", "structured_options"]


# The old name of `schema_options`.
structured_options = schema_options
