"""Workloads: jobs built on the layers below, each with its own data formats.

- `changelog`: pull-request descriptions in, Keep-a-Changelog entries out;
- `corpora`: the table from a corpus folder's declared format to its reader.
"""
