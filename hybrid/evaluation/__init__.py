"""Evaluation: metrics over the eval sets in corpora/eval/."""
