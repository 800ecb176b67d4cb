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
    # The sandbox's own os (no host I/O) imports; the host's calls are not there.
    "import_os": "import os\nos.system('id')",
    "sys_modules": "import sys\nsys.modules['builtins']",
    "sys_getframe": "import sys\nsys._getframe()",
    "sys_stdout_buffer": "import sys\nsys.stdout.buffer",
    "sys_stream_globals": "import sys\nsys.stdout.write.__globals__",
    "sys_stream_class_init": "import sys\ntype(sys.stdout).__init__.__globals__",
    "sys_stream_dict": "import sys\nsys.stdout.__dict__",
    "import_js": "import js",
    "import_pyodide": "import pyodide",
    "builtins_import": "__builtins__.__import__('os')",
    "open_file": "open('/etc/passwd')",
    "format_class": "'{0.__class__.__mro__[1].__subclasses__}'.format(())",
    "format_globals": "def f(): pass\n'{0.__globals__}'.format(f)",
    "format_map_traversal": "'{x.__init__.__globals__}'.format_map({'x': 1})",
    "generator_frame": "g = (x for x in ())\ng.gi_frame.f_globals",
    "generator_code": "g = (x for x in ())\ng.gi_code",
    "coroutine_frame": "async def f(): pass\nc = f()\nc.cr_frame",
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
    "exec_open": "exec(\"open('/etc/passwd')\")",
    "getattr_globals": "getattr(lambda: 0, '__glob' + 'als__')",
    "getattr_subclasses": "getattr(object, '__subcl' + 'asses__')()",
    "super_subclasses": "super(type, type).__subclasses__()",
    "metaclass_subclasses": "class M(type): pass\nM.__subclasses__(M)",
    "method_func_globals": "class A:\n    def m(self): pass\nA().m.__func__.__globals__",
    "class_dict_weakref": "class A: pass\nA.__dict__['__weakref__']",
    "class_dict_dict_descriptor": "class A: pass\nA.__dict__['__dict__'].__get__",
    "instance_weakref": "class A: pass\nA().__weakref__",
    "builtin_module": "import math\nmath.__loader__",
    "math_spec": "import math\nmath.__spec__.loader",
    "cell_to_frame": "def f():\n    x = 1\n    return lambda: x\nf().__closure__[0].cell_contents.__class__.__subclasses__()",
    "str_mod_traversal": "'%(a)s' % {'a': 1}\n(1).__class__.__dict__['__subclasses__']",
    "dict_view_mapping": "{}.keys().mapping.__class__.__subclasses__()",
    "property_fget_globals": "p = property(lambda s: 1)\np.fget.__globals__",
    # PEP 695 objects: their lazily evaluated parts are sandbox functions kept inside.
    "typevar_lazy_bound_function": "def f[T: int](): pass\nf.__type_params__[0]._bound_fn.__globals__",
    "typevar_class_walk": "def f[T](): pass\nf.__type_params__[0].__class__.__base__.__subclasses__()",
    "typevar_bound_walk": "def f[T: int](): pass\nf.__type_params__[0].__bound__.__subclasses__()",
    "typevar_rename": "def f[T](): pass\nf.__type_params__[0].__name__ = 'U'",
    "typealias_compute": "type A = int\nA._compute.__globals__",
    "typealias_value_walk": "type A = list[int]\nA.__value__.__class__.__mro__[-1].__subclasses__()",
    "generic_base_subclasses": "class C[T]: pass\nC.__mro__[1].__subclasses__()",
    "generic_base_mutation": "class C[T]: pass\nC.__bases__[0].__class_getitem__ = None",
    "generic_alias_forwarding": "class C[T]: pass\nC[int].mro.__self__.__subclasses__()",
    "generic_alias_reduce": "class C[T]: pass\nC[int].__reduce__()",
    "paramspec_args_walk": "def f[**P](): pass\nf.__type_params__[0].args.__origin__.__class__.__subclasses__()",
    "unpack_walk": "def f[*Ts](): pass\n[*f.__type_params__[0]][0].__origin__.__class__.__subclasses__()",
    "typing_union_walk": "def f[T](): pass\nu = f.__type_params__[0] | int\nu.__args__[1].__init__.__globals__",
    # The runtime keeps an exception's traceback in its __dict__: out of reach of sandbox
    # code, on builtin exceptions and on instances of the program's own classes alike.
    "traceback_state_read": "class E(Exception): pass\ntry:\n    raise E\nexcept E as e:\n    e._interp_tb",
    "traceback_state_write": "class E(Exception): pass\ntry:\n    raise E\nexcept E as e:\n    e._interp_tb = []",
    "traceback_state_object_setattr": "e = ValueError()\nobject.__setattr__(e, '_interp_line', 1)",
    "traceback_state_getattribute": (
        "class E(Exception): pass\ntry:\n    raise E\nexcept E as e:\n    object.__getattribute__(e, '_interp_line')"
    ),
    "traceback_state_delete": "class E(Exception): pass\ntry:\n    raise E\nexcept E as e:\n    del e._interp_tb",
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
        ok = value in TABLES or id(value) in USER_CLASSES
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
    ok = t in TABLES or id(t) in USER_CLASSES or any(k in TABLES for k in t.__mro__[:-1])
    assert ok, f"{path} is a host object of type {t!r}"


#: Attempts that reach a *view* now (DESIGN.md, invariant 2: ``__subclasses__`` lists
#: sandbox classes, ``__globals__`` is the sandbox's dict, ``__code__`` and
#: ``sys._getframe()`` give code and frame views): they may run to completion, and then
#: what they reach (their last value, their globals) must be sandbox values only.
VIEWS = ("__subclasses__", "__globals__", "__code__", "_getframe", "__subcl", "__glob")


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_escape_is_refused(name: str) -> None:
    session = Session()
    outcome = session.run(ESCAPES[name], f"<{name}>")
    if outcome.ok and any(view in ESCAPES[name] for view in VIEWS):
        assert_sandbox_value(outcome.value, path="value")
        assert_sandbox_value(dict(session.globals), path="globals")
        return
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
    # Views now (DESIGN.md invariant 2): __import__ is the sandbox's own import, and
    # tb.tb_frame a frame view of sandbox globals; what they give must be sandbox values.
    "dunder_import": "m = __import__('os')\nparts = [m, __import__('os.path', None, None, ['join'])]",
    "eval_import": "m = eval(\"__import__('os')\")",
    "traceback_frame": "try:\n    1/0\nexcept Exception as e:\n    g = e.__traceback__.tb_frame.f_globals",
    "exception_traceback_frame": (
        "e = ValueError()\ntry:\n    raise e\nexcept ValueError:\n    pass\n"
        "f = e.__traceback__.tb_frame\nparts = [f, f.f_code, f.f_locals, f.f_back, f.f_code.co_filename]"
    ),
    "sys_modules_via_exc": (
        "try:\n    import nothing\nexcept ImportError as e:\n    f = e.__traceback__.tb_frame\n    g = f.f_globals"
    ),
    "introspection": "x = [type(1), type(print), type(lambda: 0), vars(), dir(1)[:3], print.__name__]",
    "class_dict": "class A:\n    y = 1\n    def m(self): pass\nd = dict(A.__dict__)",
    "exception_parts": "try:\n    {}['k']\nexcept KeyError as e:\n    parts = (e.args, e.__traceback__ is not None, e.__context__)",
    "generators": "g = (i for i in range(3))\nparts = [g.__next__, g.send, type(g)]",
    "modules": "import math\nm = math\nparts = [math.sqrt, math.pi]",
    # settrace only records its function (doctest saves and restores it): nothing calls it.
    "sys_settrace": "import sys\nsys.settrace(print)\nparts = [sys.gettrace(), sys.displayhook, sys.__displayhook__]",
    "pep695": (
        "def f[T: int, *Ts, **P = [int]](): pass\n"
        "class C[T]: pass\n"
        "type A[K] = list[K] | None\n"
        "T, Ts, P = f.__type_params__\n"
        "parts = [T.__bound__, T.__default__, P.__default__, P.args, P.kwargs, [*Ts], [*Ts][0].__origin__,\n"
        "         C[int], C[int](), C.__mro__, C.__orig_bases__, A.__value__, A[int], T | None, type(T),\n"
        "         type(A), C[int].__origin__, (T | int).__origin__, A.__value__.__args__, f.__type_params__]"
    ),
}


@pytest.mark.parametrize("name", sorted(SAFE_PROGRAMS))
def test_reachable_values_are_sandbox_values(name: str) -> None:
    session = Session()
    outcome = session.run(SAFE_PROGRAMS[name], f"<{name}>")
    assert outcome.ok, outcome.traceback
    assert_sandbox_value(dict(session.globals), path="globals")


# ---------------------------------------------------------------------------
# The time and random modules: their objects keep host generators and host
# struct_time values inside, out of reach.

TIME_RANDOM_ESCAPES = {
    "random_inst": "import random\nrandom._inst",
    "random_core_of_module_instance": "import random\nrandom.random.__self__._core",
    "random_core_of_instance": "import random\nrandom.Random(1)._core",
    "random_core_via_getattr": "import random\ngetattr(random.Random(1), '_co' + 're')",
    "random_core_via_object_getattribute": "import random\nobject.__getattribute__(random.Random(), '_core')",
    "random_core_of_subclass": "import random\nclass R(random.Random): pass\nR(1)._core",
    "random_core_via_super": (
        "import random\nclass R(random.Random): pass\nr = R(1)\nsuper(R, r).__getattribute__('_core')"
    ),
    "random_core_slot_shadowed": (
        "import random\nclass R(random.Random):\n    __slots__ = ('_core',)\nr = R(1)\nr._core = 5\n"
        "assert r.random() != 5\nr.__class__.__mro__[1].__dict__['_core']"
    ),
    "random_core_in_class_dict": "import random\nrandom.Random.__dict__['_core']",
    "random_init_globals": "import random\nrandom.Random.__init__.__globals__",
    "random_method_globals": "import random\nrandom.Random(1).choice.__func__.__globals__",
    "random_bound_self_walk": "import random\nrandom.shuffle.__self__.__class__.__subclasses__()",
    "random_builtin_type_self": "import random\ntype(random.random).__self__.__get__(random.random).__class__.__subclasses__()",
    "random_reduce": "import random\nrandom.Random(1).__reduce_ex__(2)",
    "random_getstate_dunder": "import random\nrandom.Random(1).__getstate__()",
    "random_module_loader": "import random\nrandom.__loader__",
    "random_module_builtins": "import random\nrandom.__builtins__",
    "random_vars_instance": "import random\nvars(random.Random(1))",
    "random_system_core": "import random\nrandom.SystemRandom()._core",
    "random_gauss_next_descriptor": "import random\nrandom.Random.gauss_next.__get__(5)",
    "random_new_on_other_type": "import random\nrandom.Random.__new__(int)",
    "random_subclass_hook_core": (
        "import random\nclass R(random.Random):\n    def random(self):\n        return 0.5\n"
        "R(1).uniform(0, 1).__class__.__base__.__subclasses__()"
    ),
    "time_struct_dict": "import time\ntime.gmtime().__dict__",
    "time_struct_vars": "import time\nvars(time.localtime())",
    "time_struct_reduce": "import time\ntime.gmtime().__reduce__()",
    "time_struct_zone_descriptor": "import time\ntime.struct_time.tm_zone.__get__(time)",
    "time_struct_class_walk": "import time\ntime.gmtime().__class__.__mro__[1].__subclasses__()",
    "time_sleep_globals": "import time\ntime.sleep.__globals__",
    "time_module_dict_walk": "import time\ntime.__dict__['gmtime'].__self__.__class__.__subclasses__()",
    "time_struct_subclass": "import time\nclass S(time.struct_time): pass",
}
ESCAPES.update(TIME_RANDOM_ESCAPES)


@pytest.mark.parametrize("name", sorted(TIME_RANDOM_ESCAPES))
def test_time_random_escape_is_refused(name: str) -> None:
    test_escape_is_refused(name)


TIME_RANDOM_SAFE = {
    "random_objects": (
        "import random\n"
        "class R(random.Random):\n"
        "    def random(self):\n"
        "        return super().random()\n"
        "r, s, sysr = random.Random(1), R(2), random.SystemRandom()\n"
        "parts = [random.random, random.random.__self__, random.Random, random.SystemRandom, r, s, sysr,\n"
        "         r.choice, s.uniform(0, 1), random.getstate(), r.getstate(), type(r).__mro__, R.__mro__,\n"
        "         dict(random.Random.__dict__), random.Random.__new__(random.Random), r.gauss_next,\n"
        "         random.Random.gauss_next, vars(random), dir(r), s.sample(range(5), 2), random.__all__]"
    ),
    "time_objects": (
        "import time\n"
        "t = time.gmtime(0)\n"
        "parts = [time.gmtime, t, time.localtime(), time.struct_time, type(t).__mro__, t.tm_zone, t.tm_gmtoff,\n"
        "         dict(time.struct_time.__dict__), time.struct_time.tm_year, vars(time), time.tzname, dir(t),\n"
        "         time.struct_time(range(11)), time.strftime('%c'), time.time(), time.monotonic_ns()]"
    ),
}


@pytest.mark.parametrize("name", sorted(TIME_RANDOM_SAFE))
def test_time_random_values_are_sandbox_values(name: str) -> None:
    session = Session()
    outcome = session.run(TIME_RANDOM_SAFE[name], f"<{name}>")
    assert outcome.ok, outcome.traceback
    assert_sandbox_value(dict(session.globals), path="globals")


# ---------------------------------------------------------------------------
# Data attributes read from a builtin class (``int.real``): a getset/member descriptor
# view.  The table entry behind it and its host getter and setter stay inside: the view
# exposes its name, its owner (a sandbox type) and __get__/__set__/__delete__ only.

DESCRIPTOR_ESCAPES = {
    "descriptor_entry": "int.real._entry",
    "descriptor_fget": "int.real.fget",
    "descriptor_getter": "int.real.getter",
    "descriptor_dict": "int.real.__dict__",
    "descriptor_vars": "vars(int.real)",
    "descriptor_object_getattribute": "object.__getattribute__(int.real, '_entry')",
    "descriptor_getattr": "getattr(slice.start, '_ent' + 'ry')",
    "descriptor_objclass_walk": "int.real.__objclass__.__subclasses__()",
    "descriptor_type_walk": "type(int.real).__mro__[-1].__subclasses__()",
    "descriptor_class_dict_entry": "type(int.real).__dict__['_entry']",
    "descriptor_get_globals": "int.real.__get__.__func__.__globals__",
    "descriptor_get_self_entry": "int.real.__get__.__self__._entry",
    "descriptor_on_host_object": "int.real.__get__(print)",
    "descriptor_set_builtin_type": "type.__dict__['__module__'].__set__(int, 'x')",
    "descriptor_set_bases": "type.__dict__['__bases__'].__set__(int, (object,))",
    "descriptor_set_class": "object.__dict__['__class__'].__set__(1, bool)",
    "descriptor_function_objclass": "type(lambda: 0).__dict__['__name__'].__objclass__.__globals__",
    "descriptor_reduce": "int.real.__reduce_ex__(2)",
    "member_descriptor_entry": "slice.start._entry",
    "super_descriptor_entry": "super(int, 1).__self_class__.real._entry",
}
ESCAPES.update(DESCRIPTOR_ESCAPES)


def test_descriptor_views_expose_only_sandbox_values() -> None:
    program = (
        "views = [int.real, int.numerator, float.imag, complex.real, slice.start, range.stop,\n"
        "         type.__dict__['__name__'], object.__dict__['__class__'], BaseException.args,\n"
        "         StopIteration.value, super.__thisclass__, property.fget, staticmethod.__func__]\n"
        "parts = [(v, type(v), repr(v), v.__name__, v.__qualname__, v.__objclass__, v.__doc__, v.__get__,\n"
        "          v.__set__, v.__delete__, dir(v), type(v).__mro__, dict(type(v).__dict__)) for v in views]\n"
        "values = [int.real.__get__(5), slice.start.__get__(slice(1, 2)), vars(int), dict(int.__dict__)]\n"
    )
    session = Session()
    outcome = session.run(program, "<views>")
    assert outcome.ok, outcome.traceback
    assert_sandbox_value(dict(session.globals), path="globals")
    # Everything the program could name on a view is in its allow-list table.
    from interp.runtime.attributes import DATA_DESCRIPTORS

    for view_type in DATA_DESCRIPTORS:
        assert set(TABLES[view_type]) == {
            "__name__",
            "__qualname__",
            "__objclass__",
            "__doc__",
            "__repr__",
            "__get__",
            "__set__",
            "__delete__",
        }
