"""Escape attempts: each must end in a sandbox exception and leave no host object behind.

The corpus collects the classic Python-jail techniques (walking ``__subclasses__``
from a literal, reaching ``__globals__`` or frames, ``str.format`` attribute
traversal, importing host modules...).  Every attempt runs in a fresh sandbox; the
test fails if the program finishes without an exception, if the exception is a host
error rather than a sandbox one, or if any value the program bound is a host object
the sandbox must not hold (security invariant 1 of DESIGN.md).
"""

from __future__ import annotations

import types

import pytest

from interp.host.session import Session
from interp.runtime.attributes import USER_CLASSES
from interp.runtime.typetable import TABLES

ESCAPES = {
    "subclasses_from_tuple": "().__class__.__bases__[0].__subclasses__()",
    "subclasses_from_base": "(1).__class__.__base__.__subclasses__()",
    "type_subclasses": "type.__subclasses__(object)",
    "object_subclasses": "object.__subclasses__()",
    "mro_subclasses": "''.__class__.__mro__[-1].__subclasses__()",
    "function_globals": "(lambda: 0).__globals__",
    "function_code": "(lambda: 0).__code__",
    "function_builtins": "(lambda: 0).__builtins__",
    "builtin_self": "x = print.__self__\nx.__import__",
    "import_os": "import os",
    "import_sys": "import sys",
    "import_js": "import js",
    "import_pyodide": "import pyodide",
    "dunder_import": "__import__('os')",
    "builtins_import": "__builtins__.__import__('os')",
    "open_file": "open('/etc/passwd')",
    "format_class": "'{0.__class__.__mro__[1].__subclasses__}'.format(())",
    "format_globals": "def f(): pass\n'{0.__globals__}'.format(f)",
    "format_map_traversal": "'{x.__init__.__globals__}'.format_map({'x': 1})",
    "generator_frame": "g = (x for x in ())\ng.gi_frame.f_globals",
    "generator_code": "g = (x for x in ())\ng.gi_code",
    "coroutine_frame": "async def f(): pass\nc = f()\nc.cr_frame",
    "traceback_frame": "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.tb_frame.f_globals",
    "reduce_ex": "(1).__reduce_ex__(2)",
    "object_reduce": "object.__reduce__(object())",
    "type_dict_subclasses": "type.__dict__['__subclasses__'](object)",
    "vars_type": "vars(type)['__subclasses__']",
    "setattr_builtin_type": "setattr(type, '__call__', None)",
    "set_int_attr": "int.x = 1",
    "object_setattr_int": "object.__setattr__(int, 'y', 1)",
    "subclass_function_type": "class F(type(lambda: 0)): pass",
    "subclass_builtin_type": "class B(type(print)): pass",
    "subclass_bool": "class B(bool): pass",
    "code_object_consts": "compile('1', '<s>', 'exec').co_consts",
    "eval_import": "eval(\"__import__('os')\")",
    "exec_open": "exec(\"open('/etc/passwd')\")",
    "getattr_globals": "getattr(lambda: 0, '__glob' + 'als__')",
    "getattr_subclasses": "getattr(object, '__subcl' + 'asses__')()",
    "super_subclasses": "super(type, type).__subclasses__()",
    "metaclass_subclasses": "class M(type): pass\nM.__subclasses__(M)",
    "method_func_globals": "class A:\n    def m(self): pass\nA().m.__func__.__globals__",
    "class_dict_weakref": "class A: pass\nA.__dict__['__weakref__']",
    "class_dict_dict_descriptor": "class A: pass\nA.__dict__['__dict__'].__get__",
    "instance_weakref": "class A: pass\nA().__weakref__",
    "exception_traceback_frame": "e = ValueError()\ntry:\n    raise e\nexcept ValueError:\n    pass\ne.__traceback__.tb_frame",
    "builtin_module": "import math\nmath.__loader__",
    "math_spec": "import math\nmath.__spec__.loader",
    "cell_to_frame": "def f():\n    x = 1\n    return lambda: x\nf().__closure__[0].cell_contents.__class__.__subclasses__()",
    "sys_modules_via_exc": "try:\n    import nothing\nexcept ImportError as e:\n    e.__traceback__.tb_frame",
    "str_mod_traversal": "'%(a)s' % {'a': 1}\n(1).__class__.__dict__['__subclasses__']",
    "dict_view_mapping": "{}.keys().mapping.__class__.__subclasses__()",
    "property_fget_globals": "p = property(lambda s: 1)\np.fget.__globals__",
}

_PRIMITIVES = (type(None), bool, int, float, complex, str, bytes, bytearray, range, slice)
_CONTAINERS = (list, tuple, dict, set, frozenset)


def assert_sandbox_value(value: object, seen: set[int] | None = None, path: str = "value") -> None:
    """Fail if ``value`` (or anything inside a container) is a host object the
    sandbox must not hold."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    t = type(value)
    if isinstance(value, _PRIMITIVES):
        return
    if isinstance(value, _CONTAINERS):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            assert_sandbox_value(key, seen, path)
            assert_sandbox_value(item, seen, f"{path}[{key!r}]")
        return
    if isinstance(value, type):
        ok = value in TABLES or value in USER_CLASSES
        assert ok, f"{path} is the host type {value!r}"
        return
    if isinstance(
        value,
        (
            types.FunctionType,
            types.BuiltinFunctionType,
            types.MethodType,
            types.ModuleType,
            types.FrameType,
            types.TracebackType,
            types.CodeType,
        ),
    ):
        pytest.fail(f"{path} is a host object: {value!r}")
    if isinstance(value, BaseException):
        return
    ok = t in TABLES or t in USER_CLASSES or any(k in TABLES for k in t.__mro__[:-1])
    assert ok, f"{path} is a host object of type {t!r}"


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_escape_is_refused(name: str) -> None:
    session = Session()
    outcome = session.run(ESCAPES[name], f"<{name}>")
    assert not outcome.ok, f"{name} ran to completion"
    assert outcome.limit is None
    assert outcome.error is not None
    # A sandbox exception, with a traceback in Python's format pointing at the program.
    assert outcome.traceback.startswith("Traceback (most recent call last):") or isinstance(
        outcome.error, SyntaxError
    )
    assert f'File "<{name}>"' in outcome.traceback
    assert "interp/" not in outcome.traceback, "a host traceback leaked"
    assert_sandbox_value(dict(session.globals), path="globals")
    assert_sandbox_value(outcome.error.args, path="error.args")


SAFE_PROGRAMS = {
    "introspection": "x = [type(1), type(print), type(lambda: 0), vars(), dir(1)[:3], print.__name__]",
    "class_dict": "class A:\n    y = 1\n    def m(self): pass\nd = dict(A.__dict__)",
    "exception_parts": "try:\n    {}['k']\nexcept KeyError as e:\n    parts = (e.args, e.__traceback__ is not None, e.__context__)",
    "generators": "g = (i for i in range(3))\nparts = [g.__next__, g.send, type(g)]",
    "modules": "import math\nm = math\nparts = [math.sqrt, math.pi]",
}


@pytest.mark.parametrize("name", sorted(SAFE_PROGRAMS))
def test_reachable_values_are_sandbox_values(name: str) -> None:
    session = Session()
    outcome = session.run(SAFE_PROGRAMS[name], f"<{name}>")
    assert outcome.ok, outcome.traceback
    assert_sandbox_value(dict(session.globals), path="globals")
