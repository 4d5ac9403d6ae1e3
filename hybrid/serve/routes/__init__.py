"""The server's routes, one `APIRouter` per concern; each reads `request.app.state.services`."""

from hybrid.serve.routes import drafts, ingest, openai, ops

__all__ = ["drafts", "ingest", "openai", "ops"]
