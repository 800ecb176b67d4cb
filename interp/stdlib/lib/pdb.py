# The sandbox's ``pdb``: the names other modules use, and no debugger.  A debugger needs
# the interpreter's tracing (``sys.settrace`` calling back on every line) and a terminal;
# the sandbox has neither, so starting one raises.  Doctest builds a ``Pdb`` for every
# run (it only starts it when an example calls ``pdb.set_trace()``), so building one
# works (see docs/stdlib.md).

import sys

__all__ = ["Pdb", "Restart", "pm", "post_mortem", "run", "runcall", "runctx", "runeval", "set_trace"]

_REFUSED = "the sandbox has no debugger"


class Restart(Exception):
    """Raised by a debugger to restart the program (never here)."""


class Pdb:
    """The debugger's class, which cannot debug: its constructor keeps its streams so
    that subclasses (doctest's) can be built; starting a session raises."""

    def __init__(
        self, completekey="tab", stdin=None, stdout=None, skip=None, nosigint=False, readrc=True, **options
    ):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.skip = set(skip) if skip else None
        self.nosigint = nosigint
        self.use_rawinput = 1
        self.prompt = "(Pdb) "
        self.breaks = {}

    def set_trace(self, frame=None, **options):
        raise RuntimeError(_REFUSED)

    def set_continue(self):
        pass

    def set_quit(self):
        pass

    def trace_dispatch(self, *args):
        return None

    def reset(self):
        pass

    def run(self, cmd, globals=None, locals=None):
        raise RuntimeError(_REFUSED)

    def runeval(self, expr, globals=None, locals=None):
        raise RuntimeError(_REFUSED)

    def runcall(self, func, /, *args, **kwds):
        raise RuntimeError(_REFUSED)

    def runctx(self, cmd, globals, locals):
        raise RuntimeError(_REFUSED)


def set_trace(*, header=None, **options):
    """Start the debugger here: refused, the sandbox has none."""
    raise RuntimeError(_REFUSED)


def post_mortem(t=None):
    """Debug a traceback: refused, the sandbox has no debugger."""
    raise RuntimeError(_REFUSED)


def pm():
    """Debug the last traceback: refused, the sandbox has no debugger."""
    raise RuntimeError(_REFUSED)


def run(statement, globals=None, locals=None):
    raise RuntimeError(_REFUSED)


def runeval(expression, globals=None, locals=None):
    raise RuntimeError(_REFUSED)


def runctx(statement, globals, locals):
    raise RuntimeError(_REFUSED)


def runcall(*args, **kwds):
    raise RuntimeError(_REFUSED)


def help():
    print("pdb: the sandbox has no debugger.")
