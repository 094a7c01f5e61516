"""Data files that ship with nnbuilder (example projects, later icons and lessons).

Installed as the package ``nnbuilder.resources``; find files with ``nnbuilder.paths.resource_path``.
"""
