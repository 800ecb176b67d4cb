"""The native ``_abc`` under CPython's ``abc.py``: per-sandbox state, and the speed that
made it native (``_py_abc`` over ``_weakrefset`` was twice as slow per ``isinstance``)."""

from __future__ import annotations

import interp


def _run(sandbox: interp.Sandbox, source: str) -> str:
    result = sandbox.run(source)
    assert result.ok, result.error
    return result.stdout


def test_registrations_and_the_cache_token_stay_in_their_sandbox() -> None:
    first, second = interp.Sandbox(), interp.Sandbox()
    probe = (
        "import abc, collections.abc\nprint(abc.get_cache_token(), isinstance(3, collections.abc.Mapping))\n"
    )
    before = _run(second, probe)
    _run(
        first,
        "import abc, collections.abc\n"
        "token = abc.get_cache_token()\n"
        "collections.abc.Mapping.register(int)\n"
        "assert isinstance(3, collections.abc.Mapping)\n"
        "class A(abc.ABC): pass\n"
        "for t in (str, bytes, float): A.register(t)\n"
        "assert abc.get_cache_token() == token + 4\n",
    )
    assert _run(second, probe) == before == _run(interp.Sandbox(), probe)
    assert before.endswith(" False\n")


def test_abc_is_cpythons_file_over_our_native_half() -> None:
    out = _run(
        interp.Sandbox(),
        "import abc, sys\n"
        "print(abc.ABCMeta.__module__, type(abc.ABC._abc_impl).__name__, 'abc' in sys.modules)\n"
        "print(abc.__file__.endswith('abc.py'), sorted(n for n in dir(abc.ABC._abc_impl) if not n.startswith('__')))\n",
    )
    assert out == "abc _abc_data True\nTrue []\n"


def test_subclasshook_runs_as_sandbox_code_and_is_metered() -> None:
    sandbox = interp.Sandbox(limits=interp.Limits(max_steps=20_000))
    result = sandbox.run(
        "import abc\n"
        "class Slow(abc.ABC):\n"
        "    @classmethod\n"
        "    def __subclasshook__(cls, other):\n"
        "        while True: pass\n"
        "isinstance(3, Slow)\n"
    )
    assert result.error is not None and result.error.limit == "max_steps"
