"""Where the eval sections used to live: `hybrid.evaluation.sections` (with `inputs`,
`drafting`, `latency` and `constants`) now. Kept so existing imports keep working."""

from hybrid.evaluation.constants import CONFIGS, FULL, MODES, REPORT_VERSION, STAGES
from hybrid.evaluation.inputs import EvalInputs, load_inputs, sample
from hybrid.evaluation.sections import NO_RERANKER, evaluate
from hybrid.evaluation.sections import retrieval_section as evaluate_retrieval
from hybrid.protocols import NoProgress as Silent
from hybrid.protocols import Progress

__all__ = [
    "CONFIGS",
    "FULL",
    "MODES",
    "NO_RERANKER",
    "REPORT_VERSION",
    "STAGES",
    "EvalInputs",
    "Progress",
    "Silent",
    "evaluate",
    "evaluate_retrieval",
    "load_inputs",
    "sample",
]
