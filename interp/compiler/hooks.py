"""``exec``, ``eval`` and ``compile`` for sandboxed code.

The runtime reaches the compiler only through
the late-bound link ``interp.runtime.links.compiler_hook``, which the bootstrap fills with
:func:`compiler_hook`.  Code always runs in the sandbox: source is parsed by our
parser and compiled against the globals the caller gives.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from ..runtime import meter
from ..runtime.tracebacks import add_frame, note_line
from ..runtime.typetable import register_type
from ..syntax import nodes as n
from ..syntax.parser import parse
from . import interactive  # it reads current_builtins below at each call: a cycle that is safe
from .compile import check_module, compile_module
from .statements import FrameInfo

#: The builtins namespace of the run in progress (set by the host layer).
current_builtins: dict = {}


class CodeObject:
    """What ``compile()`` returns: a parsed tree waiting for its globals."""

    __slots__ = ("tree", "source", "filename", "mode")

    def __init__(self, tree: Any, source: str, filename: str, mode: str) -> None:
        self.tree = tree
        self.source = source
        self.filename = filename
        self.mode = mode

    def __repr__(self) -> str:
        return f'<code object <module>, file "{self.filename}">'


CodeObject.__name__ = "code"
CodeObject.__qualname__ = "code"
CodeObject.__module__ = "builtins"
# A sandbox value with no attributes of its own (no ``co_consts``, no ``co_code``).
register_type(CodeObject, name="code")

#: Host seconds that parsing and compiling take per character of source (measured
#: about 4 us on CPython 3.11 here; Pyodide is 2-3x slower), with some margin.
SECONDS_PER_CHAR = 12e-6 if sys.platform == "emscripten" else 5e-6


def _charge(source: str) -> None:
    """Charge parsing and compiling ``source`` to the budgets before it starts.

    The parser runs as one host call that no limit interrupts, and its cost grows
    with the source (``exec("x = 1\n" * 10**6)`` takes seconds): one that cannot
    finish within the time left ends the run with the time limit now, and the work
    counts as steps (one a microsecond, as long big-integer operations do)."""
    m = meter.current
    seconds = len(source) * SECONDS_PER_CHAR
    if m.timeout is not None and m.elapsed() + seconds > m.timeout:
        raise m.hit("timeout", f"time limit exceeded ({m.timeout:g} s)")
    m.countdown -= int(seconds * 1e6)


def _parse(source: Any, filename: str, mode: str) -> CodeObject:
    if isinstance(source, CodeObject):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    if not isinstance(source, str):
        raise TypeError(f"{mode}() arg 1 must be a string, bytes or code object")
    if mode == "eval":
        source = source.lstrip(" \t")
    _charge(source)
    tree = parse(source, filename, "eval" if mode == "eval" else "exec")
    return CodeObject(tree, source, filename, mode)


def _run(code: CodeObject, globals: Any, locals: Any, mode: str) -> Any:
    if globals is not None and type(globals) is not dict:
        raise TypeError(f"{mode}() globals must be a dict, not {type(globals).__name__}")
    if globals is None:
        raise TypeError(f"{mode}() needs globals in this interpreter")
    namespace = None if locals is None or locals is globals else locals
    tree = code.tree
    if mode == "eval" and not isinstance(tree, n.Expression):
        raise TypeError("eval() needs an expression")
    program = compile_module(
        tree,
        filename=code.filename,
        source=code.source,
        globals=globals,
        builtins=current_builtins,
        namespace=namespace,
        mode="eval" if isinstance(tree, n.Expression) else "exec",
    )
    # The code runs as a frame of its own: ``exec`` calling ``exec`` is recursion,
    # stopped by the depth limit, and each run is a call for the budgets.
    m = meter.current
    m.depth += 1
    try:
        if m.depth > m.max_depth:
            error = RecursionError("maximum recursion depth exceeded")
            note_line(error, 1)
            raise error
        m.countdown -= 1
        if m.countdown <= 0:
            yield from m.tick()
        return (yield from program.run())
    except BaseException as error:
        # The code's own ``<module>`` frame, as CPython shows it (``File "<string>"``).
        if isinstance(tree, n.Expression):
            note_line(error, tree.body.lineno)
        add_frame(error, FrameInfo(code.filename, "<module>"))
        raise
    finally:
        m.depth -= 1


#: ``compile()``'s flag for a tree of ``ast`` nodes instead of code (CPython's value).
AST_ONLY = 0x400

#: interp/stdlib/_ast.py, once the standard library is loaded: the conversions between
#: our trees and the sandbox's ``ast`` nodes (the compiler cannot import the stdlib).
ast_bridge: Any = None


def _load_ast_bridge() -> Any:
    if ast_bridge is None:
        importlib.import_module("interp.stdlib")
    return ast_bridge


def compiler_hook(kind: str, args: tuple, kwargs: dict | None) -> Any:
    """Run ``exec``/``eval``/``compile`` (generator)."""
    kwargs = dict(kwargs or {})
    if kind == "compile":
        names = ("source", "filename", "mode", "flags", "dont_inherit", "optimize")
        values = dict(zip(names, args))
        values.update(kwargs)
        if "source" not in values or "filename" not in values or "mode" not in values:
            raise TypeError("compile() missing required argument 'source' (pos 1)")
        mode = values["mode"]
        if mode not in ("exec", "eval", "single"):
            raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
        # ``PyCF_ONLY_AST`` and trees of ``ast`` nodes: interp/stdlib/_ast.py (ast_bridge).
        flags = values.get("flags", 0)
        if type(flags) is int and flags & AST_ONLY:
            return (
                yield from _load_ast_bridge().parse_to_sandbox(
                    values["source"], str(values["filename"]), mode
                )
            )
        if not isinstance(values["source"], (str, bytes, bytearray, CodeObject)):
            tree = yield from _load_ast_bridge().tree_from_sandbox(values["source"], mode)
            values["source"] = CodeObject(tree, "", str(values["filename"]), mode)
        code = _parse(values["source"], str(values["filename"]), "eval" if mode == "eval" else "exec")
        if mode == "single" and not isinstance(values["source"], CodeObject):
            interactive.make_interactive(code.tree, code.source, code.filename)
        check_module(code.tree, filename=code.filename, source=code.source)
        # The compiler's own errors ('break' outside loop, a target it cannot assign)
        # come from compile() too, as in CPython: a compile whose closures are thrown
        # away (function bodies wait for their first call only when they cannot fail).
        compile_module(
            code.tree,
            filename=code.filename,
            source=code.source,
            globals={},
            builtins=current_builtins,
            mode="eval" if isinstance(code.tree, n.Expression) else "exec",
        )
        return code
    source = args[0] if args else kwargs.pop("source", None)
    globals = args[1] if len(args) > 1 else kwargs.pop("globals", None)
    locals = args[2] if len(args) > 2 else kwargs.pop("locals", None)
    code = _parse(source, "<string>", kind)
    if kind == "eval" and code.mode == "exec" and not isinstance(code.tree, n.Expression):
        raise TypeError("eval() arg 1 must be a string, bytes or code object")
    result = yield from _run(code, globals, locals, "eval" if isinstance(code.tree, n.Expression) else "exec")
    return result if kind == "eval" else None
