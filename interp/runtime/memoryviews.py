"""``memoryview`` in the sandbox: the host's own type over bytes and bytearray only.

CPython's ``re._compiler`` reads its charset bitmaps through ``memoryview(b).cast('I')``,
and programs use views to slice binary data without copying.  A host memoryview of a
bytes or bytearray is plain data: its methods take and return plain values and never
call back into sandbox objects, so they are exposed as they are, except ``tolist``,
whose result is several times larger than the buffer and is checked first.  Other
buffer owners do not exist in the sandbox.
"""

from __future__ import annotations

from typing import Any

from . import meter
from .exceptions import SandboxStopIteration
from .native import Builtin
from .signatures import Signature
from .typenames import visible_type_name
from .typetable import data, expose, method, register_type

_NEW = Signature("memoryview", "object")


def _new(*args: Any, **kwargs: Any) -> memoryview:
    (obj,) = _NEW.unpack(args, kwargs)
    if not isinstance(obj, (bytes, bytearray, memoryview)):
        raise TypeError(f"memoryview: a bytes-like object is required, not '{visible_type_name(obj)}'")
    return memoryview(obj)


def _tolist(view: memoryview) -> list:
    # A list holds one pointer per item, besides the items themselves.
    count = view.nbytes // max(view.itemsize, 1)
    meter.current.check_allocation(count * 8)
    return view.tolist()


#: What ``iter(view)`` gives: the host's iterator over the view's items (plain values).
_ITERATOR = type(iter(memoryview(b"")))


def _next_item(iterator: Any) -> Any:
    try:
        return next(iterator)
    except StopIteration:
        raise SandboxStopIteration from None


register_type(
    memoryview, constructor=Builtin(_new, "memoryview"), host_iterable=True, host_iterators=(_ITERATOR,)
)
expose(
    memoryview,
    "cast tobytes hex release toreadonly __len__ __getitem__ __setitem__ __eq__ __hash__ "
    "__enter__ __exit__ __iter__ __repr__",
)
register_type(_ITERATOR, name="memory_iterator")
method(_ITERATOR, "__iter__")(lambda iterator: iterator)
method(_ITERATOR, "__next__")(_next_item)
method(memoryview, "tolist")(_tolist)
for _name in (
    "obj",
    "nbytes",
    "readonly",
    "itemsize",
    "format",
    "ndim",
    "shape",
    "strides",
    "contiguous",
    "c_contiguous",
    "f_contiguous",
    "released",
):
    data(memoryview, _name)(lambda view, _name=_name: getattr(view, _name))
