"""The drafting stages, in order: voice -> retrieve -> prompt -> generate -> validate.

Each stage takes the `DraftSpec` plus the earlier stages' results and returns a small
immutable result with its own `notes` and `seconds`; `hybrid.pipeline.assemble` turns
those into a `Draft`. A new stage is a new module here and one line in `core.py`.
"""
