"""Old name of `hybrid.serve.openai_shapes`, kept as an alias for one release."""

from hybrid.serve.openai_shapes import (
    DONE,
    chat_chunk,
    chat_completion,
    new_id,
    sse,
    text_chunk,
    text_completion,
    usage,
    usage_chunk,
)

__all__ = [
    "DONE",
    "chat_chunk",
    "chat_completion",
    "new_id",
    "sse",
    "text_chunk",
    "text_completion",
    "usage",
    "usage_chunk",
]
