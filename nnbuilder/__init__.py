"""nnbuilder: build, train and look inside Keras networks without writing code."""

__version__ = "0.1.0"
