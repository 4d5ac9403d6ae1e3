"""`hybrid serve`: an OpenAI-compatible HTTP API with adapters as models, whole-pipeline
drafts, ingest, metrics and a drafting page. Importing this package loads FastAPI; the
rest of `hybrid` never does."""

from hybrid.serve.app import ApiError, Components, create_app, create_app_from_settings
from hybrid.serve.auth import check_bind
from hybrid.serve.batching import BatchingGenerator

__all__ = ["ApiError", "BatchingGenerator", "Components", "check_bind", "create_app", "create_app_from_settings"]
