"""Bridges to other frameworks' interfaces."""
