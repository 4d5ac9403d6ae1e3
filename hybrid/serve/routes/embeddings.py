"""`/v1/embeddings`: OpenAI's embeddings from the embedder that indexes the knowledge store,
so an `OpenAIEmbeddings`/`OpenAIEmbedding` client embeds exactly as ingest does. OpenAI's
request cannot say query or document, so every text is embedded as a document (with the
model's document prompt, where it has one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request

import hybrid.serve.openai_shapes as shapes
from hybrid.serve.errors import ApiError
from hybrid.serve.routes.guards import SECURED
from hybrid.serve.schemas import EmbeddingRequest
from hybrid.serve.services import services

router = APIRouter(dependencies=SECURED)

# OpenAI's own cap on inputs per request.
MAX_INPUTS = 2048


@router.post("/v1/embeddings", summary="OpenAI embeddings from the knowledge store's embedder.")
async def embeddings(body: EmbeddingRequest, request: Request) -> dict[str, Any]:
    svc = services(request)
    embedder = getattr(svc.parts.knowledge, "embedder", None)
    if embedder is None:
        raise ApiError(404, "this server has no embedder (it serves no knowledge store)", param="model")
    name = str(embedder.model_id)
    if body.model not in (name, Path(name).name):
        raise ApiError(
            404, f"unknown embedding model {body.model!r}; this server embeds with {name!r}", "model", "model_not_found"
        )
    texts = body.texts()
    if texts is None:
        raise ApiError(400, "input: token arrays are not served; send the text", param="input")
    if not texts or len(texts) > MAX_INPUTS:
        raise ApiError(400, f"input: give 1 to {MAX_INPUTS} texts, not {len(texts)}", param="input")
    if body.dimensions is not None:
        width = len(embedder.embed_query(""))
        if body.dimensions != width:
            raise ApiError(400, f"dimensions={body.dimensions}: {name} embeds in {width} only", param="dimensions")

    def embed() -> tuple[list[list[float]], int]:
        # Texts past the embedder's window are cut to it, as sentence-transformers does.
        window = getattr(embedder, "max_tokens", None) or 2**31
        tokens = sum(min(embedder.count_tokens(t), window) for t in texts)
        return embedder.embed_documents(texts), tokens

    vectors, tokens = await svc.slots.run(embed, svc.deadline())
    return shapes.embeddings(body.model, vectors, tokens, body.encoding_format == "base64")
