"""Where `run_eval` used to live; it is `hybrid.evaluation.run_eval` now."""

from hybrid.evaluation import run_eval

__all__ = ["run_eval"]
