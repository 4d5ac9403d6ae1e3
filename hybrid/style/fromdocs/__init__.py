"""A department's voice from a folder of its own documents.

`documents` reads the folder with the ingest readers, `sections` cuts it at headings,
`instructions`, `contexts` and `rewrites` turn each section into training examples,
`split` holds whole documents out, `guide` drafts a STYLE.md, `corpus` puts them together
and writes them, `gate` measures a trained version before it is activated and `train`
runs the whole recipe into a new adapter version.
"""

from __future__ import annotations
