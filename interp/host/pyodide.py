"""The glue between JavaScript and interp inside Pyodide (import it only there).

The web worker (``web/site/interp-worker.js``) calls this module; a page that runs
Pyodide itself may call it directly.  From JavaScript::

    const glue = pyodide.pyimport("interp.host.pyodide");
    const sb = glue.create_sandbox({
        capabilities: { getUser: async (id) => ({ id }), now: () => Date.now(), answer: 42 },
        modules: { tools: { search: async (q) => [] }, helpers: "def double(x):\\n    return 2 * x\\n" },
        limits: { timeoutMs: 5000, maxSteps: 1e8 },
        stdout: (text) => ..., stderr: (text) => ..., input: async (prompt) => "answer",
        cancel: (pending) => ...,   // a pending answer is no longer wanted (Stop, task cancelled)
        deterministic: false, seed: null,
        tag: 1,   // names this sandbox to set_activity_hook's hook
    });
    const result = await sb.run(code);   // a plain JS object (see result_to_js)
    sb.stop(); glue.check(code);

Values cross by value in both directions (DESIGN.md, the contract):

=================  ======================  ===========================================
Python             JavaScript              back to Python
=================  ======================  ===========================================
None               null                    None (also from ``undefined``)
bool, str          boolean, string         bool, str
int                number (BigInt beyond   int (a number with an integral value, a
                   2**53)                  BigInt)
float              number                  float (int when integral)
bytes              Uint8Array              bytes (also from an ArrayBuffer)
list, tuple        Array                   list
dict (str keys)    plain object            dict
dict (other keys)  Map                     dict
set, frozenset     Set                     set
=================  ======================  ===========================================

Anything else coming from JavaScript (a function, a class instance, a Date, a
symbol, a recursive structure) is refused with a ``TypeError`` raised in the sandbox;
no JavaScript object ever reaches sandboxed code.

A JavaScript function is an *async* capability when it is an ``async function`` (or
``async`` arrow) or carries ``Symbol.for("interp.async")``: calling it in the sandbox
returns an awaitable.  Any other function is *sync*: the program pauses until its
answer, even when the answer is a Promise.  Keyword arguments arrive as one trailing
plain object.  A throw or a rejection becomes a sandbox exception with the JavaScript
error's message: ``TypeError`` for a TypeError, ``ValueError`` for a RangeError,
SyntaxError or URIError, the Python builtin exception of the same name when the
error's ``name`` is one (``KeyError``, ``TimeoutError``...), else ``RuntimeError``.
"""

from __future__ import annotations

import asyncio
import builtins
import inspect
from collections.abc import Callable
from typing import Any

from pyodide.code import run_js  # type: ignore[import-not-found]
from pyodide.ffi import JsProxy, jsnull, to_js  # type: ignore[import-not-found]

from .. import bootstrap
from ..compiler.compile import compile_module
from ..runtime.limits import SPECS
from ..syntax.parser import parse
from .sandbox import Error, Limits, Result, Sandbox

# JavaScript helpers: classify values, call functions without letting a Promise or a
# throw cross as such (a Promise rejected with a non-Error breaks Pyodide's futures).
_H = run_js(
    r"""
(() => {
  const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
  const isPlain = (v) => {
    const proto = Object.getPrototypeOf(v);
    if (proto === null || proto === Object.prototype) return true;
    // A plain object of another realm (an iframe).
    return Object.getPrototypeOf(proto) === null && tag(v) === "Object" &&
      typeof proto.constructor === "function" && proto.constructor.name === "Object";
  };
  const describe = (error) => {
    let name = "Error", message;
    try {
      if (error !== null && typeof error === "object" && typeof error.message === "string") {
        message = error.message;
        if (typeof error.name === "string") name = error.name;
      } else {
        message = String(error);
      }
    } catch {
      message = "a JavaScript error";
    }
    return { kind: "error", name, message };
  };
  const ASYNC = Symbol.for("interp.async");
  return {
    kind(v) {
      if (v === null || v === undefined) return "null";
      const t = typeof v;
      if (t !== "object") return t;
      if (Array.isArray(v)) return "array";
      const g = tag(v);
      if (g === "Uint8Array") return "bytes";
      if (g === "ArrayBuffer") return "buffer";
      if (g === "Map") return "map";
      if (g === "Set") return "set";
      return isPlain(v) ? "object" : "other";
    },
    typeName(v) {
      if (v === null) return "null";
      const t = typeof v;
      if (t !== "object") return t;
      try {
        const c = Object.getPrototypeOf(v)?.constructor;
        if (typeof c === "function" && typeof c.name === "string" && c.name) return c.name;
      } catch {}
      return tag(v);
    },
    isAsync(f) {
      try {
        return f[ASYNC] === true || f.constructor?.name === "AsyncFunction" ||
          f.constructor?.name === "AsyncGeneratorFunction";
      } catch {
        return false;
      }
    },
    isFunction: (v) => typeof v === "function",
    entries: (o) => Object.entries(o),
    mapEntries: (m) => Array.from(m.entries()),
    values: (s) => Array.from(s),
    array: (a) => Array.from(a),
    bytes: (b) => new Uint8Array(b),
    fromEntries: (pairs) => Object.fromEntries(pairs),
    newMap: (pairs) => new Map(pairs),
    newSet: (items) => new Set(items),
    call(fn, args) {
      let value;
      try {
        value = fn(...args);
      } catch (error) {
        return describe(error);
      }
      if (value !== null && (typeof value === "object" || typeof value === "function") &&
          typeof value.then === "function") {
        const settled = Promise.resolve(value).then((v) => ({ kind: "value", value: v }), describe);
        return { kind: "promise", promise: settled, pending: value };
      }
      return { kind: "value", value };
    },
  };
})()
"""
)

#: JavaScript error names with a natural Python counterpart.
_JS_ERRORS: dict[str, type[Exception]] = {
    "TypeError": TypeError,
    "RangeError": ValueError,
    "SyntaxError": ValueError,
    "URIError": ValueError,
}

#: Python builtin exceptions a JavaScript error may name (``error.name = "KeyError"``).
_PY_ERRORS: dict[str, type[Exception]] = {
    name: t
    for name, t in vars(builtins).items()
    if isinstance(t, type)
    and issubclass(t, Exception)
    and not issubclass(t, (Warning, SyntaxError, StopIteration, StopAsyncIteration, BaseExceptionGroup))
    and t is not Exception
}

#: Limit names as the JavaScript API spells them (camelCase, like the limit options).
LIMIT_NAMES = {name: spec.js for name, spec in SPECS.items()} | {"stopped": "stopped"}

#: JavaScript limit options -> (Limits field, factor from the JavaScript unit).
_LIMIT_OPTIONS = {spec.js_option: (name, spec.js_factor) for name, spec in SPECS.items()}

#: How deep a value may nest when it crosses (deeper is refused, like a cycle).
MAX_NESTING = 200


class _Refused(TypeError):
    pass


# -- values ---------------------------------------------------------------------------------


def _is_null(value: Any) -> bool:
    return value is None or value is jsnull


def from_js(value: Any, what: str = "a value", depth: int = 0) -> Any:
    """Copy a JavaScript value (as Pyodide hands it over) into plain Python data."""
    t = type(value)
    if t is str or t is bool or t is float or t is int or value is None:
        return value
    if value is jsnull:
        return None
    if isinstance(value, int):  # a BigInt
        return int(value)
    if not isinstance(value, JsProxy):
        # Python data that went to JavaScript and came back: checked by value later.
        return value
    if depth > MAX_NESTING:
        raise _Refused(f"cannot pass {what} nested more than {MAX_NESTING} levels (or recursive)")
    kind = _H.kind(value)
    inner = depth + 1
    if kind == "array":
        return [from_js(item, what, inner) for item in _H.array(value).to_py(depth=1)]
    if kind == "object":
        return {str(k): from_js(v, what, inner) for k, v in _H.entries(value).to_py(depth=2)}
    if kind == "bytes":
        return value.to_bytes()
    if kind == "buffer":
        return _H.bytes(value).to_bytes()
    if kind == "map":
        out = {}
        for k, v in _H.mapEntries(value).to_py(depth=2):
            key = from_js(k, what, inner)
            try:
                out[key] = from_js(v, what, inner)
            except TypeError as error:
                if isinstance(error, _Refused):
                    raise
                raise _Refused(f"cannot pass {what} with a Map key of type '{type(key).__name__}'") from None
        return out
    if kind == "set":
        try:
            return {from_js(item, what, inner) for item in _H.values(value).to_py(depth=1)}
        except TypeError as error:
            if isinstance(error, _Refused):
                raise
            raise _Refused(f"cannot pass {what}: a Set of unhashable values") from None
    raise _Refused(f"cannot pass {what} of type '{_H.typeName(value)}' into the sandbox")


def to_js_value(value: Any, depth: int = 0) -> Any:
    """Copy plain Python data (what the sandbox hands over) into a JavaScript value."""
    t = type(value)
    if value is None:
        return jsnull
    if t is str or t is bool or t is int or t is float:
        return value
    if depth > MAX_NESTING:
        raise _Refused(f"cannot pass a value nested more than {MAX_NESTING} levels to JavaScript")
    inner = depth + 1
    if t is bytes:
        return to_js(value)
    if t is list or t is tuple:
        return to_js([to_js_value(item, inner) for item in value], create_pyproxies=False)
    if t is dict:
        if all(type(k) is str for k in value):
            pairs = [[k, to_js_value(v, inner)] for k, v in value.items()]
            return _H.fromEntries(to_js(pairs, create_pyproxies=False))
        pairs = [[to_js_value(k, inner), to_js_value(v, inner)] for k, v in value.items()]
        return _H.newMap(to_js(pairs, create_pyproxies=False))
    if t is set or t is frozenset:
        return _H.newSet(to_js([to_js_value(item, inner) for item in value], create_pyproxies=False))
    raise _Refused(f"cannot pass a value of type '{t.__name__}' to JavaScript")


def exception_from_js(name: Any, message: Any) -> Exception:
    """A fresh Python exception for a JavaScript error (its name and message only)."""
    name = str(name) if isinstance(name, str) else "Error"
    message = str(message) if isinstance(message, str) else ""
    cls = _JS_ERRORS.get(name) or _PY_ERRORS.get(name) or RuntimeError
    try:
        return cls(message)
    except Exception:
        return RuntimeError(message)


# -- calling JavaScript -----------------------------------------------------------------------


class _JsCall:
    """Calls one JavaScript function with sandbox values and converts its answer."""

    def __init__(self, fn: Any, what: str, cancel: Any = None) -> None:
        self.fn = fn
        self.what = what
        self.cancel = cancel

    def start(self, args: tuple, kwargs: dict) -> Any:
        """Call the function: the converted value, or an awaitable of it."""
        js_args = [to_js_value(a) for a in args]
        if kwargs:
            js_args.append(to_js_value(dict(kwargs)))
        box = _H.call(self.fn, to_js(js_args, create_pyproxies=False))
        kind = box.kind
        if kind == "promise":
            return self._settle(box.promise, box.pending)
        return self._answer(box)

    def _answer(self, box: Any) -> Any:
        if box.kind == "error":
            raise exception_from_js(box.name, box.message)
        return from_js(getattr(box, "value", None), self.what)

    async def _settle(self, promise: Any, pending: Any) -> Any:
        try:
            box = await promise
        except BaseException:  # cancelled (Stop, a task cancelled in the sandbox)
            if self.cancel is not None:
                try:
                    self.cancel(pending)
                except Exception:
                    pass
            raise
        return self._answer(box)


def _capability(name: str, fn: Any, cancel: Any) -> Callable[..., Any]:
    call = _JsCall(fn, f"a result of '{name}'", cancel)
    if _H.isAsync(fn):

        async def async_capability(*args: Any, **kwargs: Any) -> Any:
            answer = call.start(args, kwargs)
            if inspect.isawaitable(answer):
                answer = await answer
            return answer

        async_capability.__name__ = name
        return async_capability

    def capability(*args: Any, **kwargs: Any) -> Any:
        return call.start(args, kwargs)

    capability.__name__ = name
    return capability


# -- options ---------------------------------------------------------------------------------


def _get(options: Any, name: str) -> Any:
    if _is_null(options):
        return None
    try:
        value = getattr(options, name)
    except AttributeError:
        return None
    return None if _is_null(value) else value


def _grants(entries: Any, what: str, cancel: Any) -> dict[str, Any]:
    if entries is None:
        return {}
    out: dict[str, Any] = {}
    for name, value in _H.entries(entries).to_py(depth=2):
        name = str(name)
        if isinstance(value, JsProxy) and _H.isFunction(value):
            out[name] = _capability(name, value, cancel)
        else:
            out[name] = from_js(value, f"the value of {what} '{name}'")
    return out


def limits_from_js(options: Any) -> Limits:
    """An ``interp.Limits`` from ``{ timeoutMs, maxSteps, ... }``, the ``js_option`` names
    of :data:`~interp.runtime.limits.SPECS` (missing: the default; null: unlimited)."""
    if options is None:
        return Limits()
    fields: dict[str, Any] = {}
    for key, value in _H.entries(options).to_py(depth=2):
        key = str(key)
        if key not in _LIMIT_OPTIONS:
            raise ValueError(f"unknown limit '{key}' (known: {', '.join(_LIMIT_OPTIONS)})")
        field, factor = _LIMIT_OPTIONS[key]
        if value is None:  # undefined: the default
            continue
        if value is jsnull:
            if not SPECS[field].unlimited:
                raise ValueError(f"{key} cannot be unlimited")
            fields[field] = None
            continue
        if type(value) not in (int, float) or value != value or value < 0:
            raise ValueError(f"limit '{key}' must be a number >= 0 or null, not {value!r}")
        if factor is not None:
            fields[field] = value * factor
        elif value == float("inf"):
            if not SPECS[field].unlimited:
                raise ValueError(f"{key} cannot be unlimited")
            fields[field] = None
        else:
            fields[field] = int(value)
    return Limits(**fields)


# -- the sandbox ---------------------------------------------------------------------------------


class JsSandbox:
    """A Sandbox created from JavaScript options (see the module docstring)."""

    def __init__(self, options: Any = None) -> None:
        cancel = _get(options, "cancel")
        capabilities = _grants(_get(options, "capabilities"), "capability", cancel)
        modules: dict[str, Any] = {}
        js_modules = _get(options, "modules")
        if js_modules is not None:
            for name, spec in _H.entries(js_modules).to_py(depth=2):
                name = str(name)
                if isinstance(spec, str):
                    modules[name] = spec
                elif isinstance(spec, JsProxy) and _H.kind(spec) == "object":
                    modules[name] = _grants(spec, f"{name} member", cancel)
                else:
                    raise TypeError(
                        f"module '{name}' must be an object of capabilities or Python source text"
                    )
        stdout = _get(options, "stdout")
        stderr = _get(options, "stderr")
        stdin = _get(options, "input")
        seed = _get(options, "seed")
        self.sandbox = Sandbox(
            capabilities=capabilities,
            modules=modules,
            limits=limits_from_js(_get(options, "limits")),
            stdout=_text_callback(stdout),
            stderr=_text_callback(stderr),
            stdin=_input_callback(stdin, cancel),
            deterministic=bool(_get(options, "deterministic")),
            seed=from_js(seed, "the seed") if seed is not None else None,
        )
        self._running = False
        self._stop_requested = False
        self.tag = from_js(_get(options, "tag"), "the tag")
        _watch_steps(self)

    def run(self, code: str, filename: str = "<main>") -> Any:
        """Start running ``code``: a future (a thenable in JavaScript) of the plain result
        object (see :func:`result_to_js`).  One run at a time."""
        if self._running:
            raise RuntimeError("this sandbox is already running a program; one run at a time")
        self._running = True
        self._stop_requested = False
        return asyncio.ensure_future(self._run(str(code), str(filename)))

    async def _run(self, code: str, filename: str) -> Any:
        try:
            if self._stop_requested:
                # Stopped before the run got its first turn of the event loop.
                message = "the run was stopped"
                error = Error("LimitExceeded", message, None, "", limit="stopped")
                stats = {"steps": 0, "wall_time": 0.0, "compute_time": 0.0, "host_calls": 0, "peak_memory": 0}
                result = Result(False, "", f"interp: {message} (limit: stopped)\n", error=error, stats=stats)
            else:
                result = await self.sandbox.run_async(code, filename)
        finally:
            self._running = False
        return result_to_js(result)

    def stop(self) -> None:
        """End the current run at once (its pending host calls are cancelled)."""
        if self._running:
            self._stop_requested = True
        self.sandbox.stop()

    def check(self, code: str, filename: str = "<main>") -> Any:
        return check(code, filename)

    def close(self) -> None:
        """Drop the sandbox's globals and modules now (``Sandbox.close``): the worker
        calls it when the page disposes of the sandbox, so that freeing its data
        happens there and not in the middle of another sandbox's run."""
        self.sandbox.close()

    def globals(self) -> Any:
        """The sandbox's globals that can be copied out by value (a plain object)."""
        values = {}
        for name, value in self.sandbox.globals.items():
            try:
                values[name] = to_js_value(value)
            except TypeError:
                continue
        return _H.fromEntries(to_js([[k, v] for k, v in values.items()], create_pyproxies=False))


def create_sandbox(options: Any = None) -> JsSandbox:
    return JsSandbox(options)


#: ``hook(tag)`` is told which sandbox's code runs (its ``tag`` option), then ``hook(None)``.
_activity_hook: Any = None


def set_activity_hook(hook: Any) -> None:
    """Have ``hook(tag)`` called when a sandbox starts computing and ``hook(None)`` when it
    stops: after a crash of Pyodide (a JavaScript stack overflow is fatal to it), the last
    tag names the sandbox whose program caused it."""
    global _activity_hook
    _activity_hook = None if _is_null(hook) else hook


def _watch_steps(js_sandbox: JsSandbox) -> None:
    # The drivers run every piece of sandboxed code through session.start / session.step.
    session = js_sandbox.sandbox._session
    for name in ("start", "step"):
        method = getattr(session, name)

        def watched(*args: Any, _method: Any = method) -> Any:
            hook = _activity_hook
            if hook is None:
                return _method(*args)
            hook(js_sandbox.tag)
            try:
                return _method(*args)
            finally:
                hook(None)

        setattr(session, name, watched)


def _text_callback(fn: Any) -> Callable[[str], Any] | None:
    if fn is None:
        return None

    def write(text: str) -> None:
        try:
            fn(text)
        except Exception:  # a failing output callback must not reach the program
            pass

    return write


def _input_callback(fn: Any, cancel: Any) -> Callable[[str], Any] | None:
    if fn is None:
        return None
    call = _JsCall(fn, "the answer to input()", cancel)

    def read_line(prompt: str) -> Any:
        return call.start((prompt,), {})

    return read_line


def result_to_js(result: Result) -> Any:
    """``{ ok, stdout, stderr, result, resultRepr, error: { type, message, line, traceback, limit }
    | null, stats: { steps, wallTimeMs, computeTimeMs, hostCalls, peakMemory } }``."""
    error = None
    if result.error is not None:
        e = result.error
        error = {
            "type": e.type,
            "message": e.message,
            "line": e.line,
            "traceback": e.traceback,
            "limit": LIMIT_NAMES.get(e.limit, e.limit) if e.limit is not None else None,
        }
    stats = result.stats or {}
    value = result.result
    try:
        js_value = to_js_value(value)
    except TypeError:
        js_value = repr(value)
    out = to_js_value(
        {
            "ok": result.ok,
            "stdout": result.stdout,
            "stderr": result.stderr,
            "resultRepr": result.result_repr,
            "error": error,
            "stats": {
                "steps": stats.get("steps", 0),
                "wallTimeMs": round(stats.get("wall_time", 0.0) * 1000, 3),
                "computeTimeMs": round(stats.get("compute_time", 0.0) * 1000, 3),
                "hostCalls": stats.get("host_calls", 0),
                "peakMemory": stats.get("peak_memory", 0),
            },
        }
    )
    out.result = js_value
    return out


# -- checking ------------------------------------------------------------------------------------


def check(code: str, filename: str = "<main>") -> Any:
    """Parse and compile ``code`` without running it: ``{ ok, errors: [{ type, message, line,
    column, endLine, endColumn, text }] }`` (columns 1-based, as CPython's ``offset``)."""
    code = str(code)
    try:
        tree = parse(code, filename)
        compile_module(tree, filename=filename, source=code, globals={}, builtins={}, top_level_await=True)
    except SyntaxError as error:

        def position(value: Any) -> int | None:
            return value if type(value) is int and value > 0 else None

        found = {
            "type": type(error).__name__,
            "message": str(error.msg),
            "line": position(error.lineno),
            "column": position(error.offset),
            "endLine": position(error.end_lineno),
            "endColumn": position(error.end_offset),
            "text": error.text if isinstance(error.text, str) else None,
        }
        return to_js_value({"ok": False, "errors": [found]})
    return to_js_value({"ok": True, "errors": []})


def yield_to_host_every(milliseconds: float) -> bool:
    """Make Pyodide's event loop give the browser a real task turn (``setTimeout``) at least
    every ``milliseconds`` while it keeps scheduling callbacks; True when installed.

    Pyodide schedules ``call_soon`` callbacks in browsers by posting to a MessageChannel of
    its own.  While a program computes, the loop does that a few times per time slice, and
    Chromium then serves the worker's *other* message ports (the page's Stop, capability
    answers) after 1, 2, 4, 8... slices: a Stop took up to seconds.  A timer turn now and
    then lets them through at the next slice.
    """
    try:
        from pyodide import webloop  # type: ignore[import-not-found]

        original = webloop.scheduleCallback
    except (ImportError, AttributeError):
        return False
    if getattr(original, "interp_yielding", False):
        return True
    make = run_js(
        """
(original, interval) => {
  let last = performance.now();
  const schedule = (callback, ms) => {
    const now = performance.now();
    if (ms <= 2 && now - last >= interval) {
      last = now;
      setTimeout(callback, 0);
    } else {
      original(callback, ms);
    }
  };
  schedule.interp_yielding = true;
  return schedule;
}
"""
    )
    webloop.scheduleCallback = make(original, float(milliseconds))
    return True


def warm_up() -> None:
    """Import the interpreter and load the parse tables (at load time, not on the first run)."""
    bootstrap.load()
    parse("pass\n", "<warm-up>")


__all__ = [
    "JsSandbox",
    "check",
    "create_sandbox",
    "exception_from_js",
    "from_js",
    "limits_from_js",
    "result_to_js",
    "set_activity_hook",
    "to_js_value",
    "warm_up",
    "yield_to_host_every",
]
