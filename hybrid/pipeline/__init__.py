"""The pipeline layer: retrieve -> prompt -> generate in voice -> validate."""

from hybrid.pipeline.core import HybridPipeline, RequestError
from hybrid.pipeline.departments import DepartmentError, Departments
from hybrid.pipeline.draft import Citation, Claim, Draft, DraftRequest, RemovedCitation, Timings, Trim

__all__ = [
    "Citation",
    "Claim",
    "DepartmentError",
    "Departments",
    "Draft",
    "DraftRequest",
    "HybridPipeline",
    "RemovedCitation",
    "RequestError",
    "Timings",
    "Trim",
]
