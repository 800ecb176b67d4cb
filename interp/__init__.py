"""interp: a sandboxed Python interpreter written in pure Python.

The layers are subpackages, each importing only those before it:
``syntax`` (parser), ``runtime`` (object model), ``compiler`` (AST to closures),
``stdlib`` (sandbox-side modules) and ``host`` (the public API).
"""

__version__ = "0.1.0"
