"""How long the text of a builtin container will be, before the host writes it.

``repr(a)``, ``str(a)``, ``print(a)``, ``f"{a}"`` and ``"%s" % (a,)`` of a list, tuple,
dict or set are one host call that writes the whole text at once.  The text can be far
larger than what the program holds: ``['x' * 1000] * 200_000`` holds one string and
1.6 MB of references, and its repr is 200 MB, written with no limit looking.  So
before the host writes the text of a container, :func:`check_text` estimates its length
and refuses one over the memory budget (:func:`interp.runtime.meter.cap`), as the other
operations whose result size the program controls are refused.

The estimate is a lower bound that is close for the data that makes such bombs: each
item counted as the host will write it at least (a ``str`` as its length and quotes, an
``int`` by its digits), a
container shared by many others measured once and counted at each place it appears, a
container inside itself as its ``[...]``.  Values of other types (user objects, whose
``__repr__`` is sandbox code that the limits already govern) count a few characters.
The walk visits each distinct container once and stops as soon as the total passes the
limit it is given: its cost is at most that of the items the program already holds.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from . import meter
from .meter import HARD_CAP, cap

#: The containers whose text the host writes in one call, and the characters each adds
#: around its items at least (brackets; a frozenset's name).
CONTAINERS = {list: 2, tuple: 2, dict: 2, set: 2, frozenset: 11}
_BASES = tuple(CONTAINERS)
#: Characters between two items (", "; a dict's ": " is counted with its keys).
_SEP = 2
#: Texts shorter than this are neither refused nor announced to the accounting.
_ANNOUNCED = 1 << 16


def _items(obj: Any, kind: type) -> Any:
    """The items of container ``obj`` of builtin type ``kind`` (or a subclass: read with
    the builtin's own methods, never a sandbox ``__iter__``)."""
    if kind is dict:
        return chain.from_iterable(dict.items(obj))
    return kind.__iter__(obj)


def _atom(obj: Any, kind: type) -> int:
    """Characters of the text of a non-container value, at least (never more: an
    estimate over the real text would refuse a text that fits)."""
    if kind is str:
        return len(obj) + 2  # its quotes; an escape only adds to it
    if kind is int:
        return (obj.bit_length() * 77 >> 8) + 1  # log10(2) ~ 77/256
    if kind is bytes or kind is bytearray:
        return len(obj) + 3
    return _SHORTEST.get(kind, 1)


#: The shortest text of a few common types (None, True, 0.0); others count one character
#: (a user ``__repr__`` may return less, but then runs as sandbox code, governed).
_SHORTEST = {type(None): 4, bool: 4, float: 3, complex: 2}


def text_size(obj: Any, limit: int) -> int:
    """The estimated length of ``repr(obj)`` (and ``str(obj)``) of a builtin container
    (or an instance of a subclass of one, as the host's repr writes it); a figure over
    ``limit`` as soon as the estimate passes it.  Inside it, only containers of the
    builtin types themselves are walked."""
    frames = CONTAINERS
    sizes: dict[int, int] = {}  # id of a container measured -> its characters
    # The containers being measured: [container, its items' iterator, characters so far,
    # its brackets' characters].
    kind = type(obj)
    if kind not in frames:
        kind = next(base for base in frames if issubclass(kind, base))
    stack: list[list[Any]] = [[obj, _items(obj, kind), frames[kind], frames[kind]]]
    inside = {id(obj)}
    outer = 0  # the characters so far of the containers under the top of the stack
    while True:
        top = stack[-1]
        total = top[2]
        for item in top[1]:
            kind = type(item)
            if kind in frames:
                key = id(item)
                size = sizes.get(key)
                if size is None:
                    if key in inside:
                        total += 5 + _SEP  # [...]
                        continue
                    top[2] = total
                    outer += total
                    stack.append([item, _items(item, kind), frames[kind], frames[kind]])
                    inside.add(key)
                    break
                total += size + _SEP
            else:
                total += _atom(item, kind) + _SEP
            if outer + total > limit:
                return outer + total
        else:
            stack.pop()
            if total > top[3]:
                total -= _SEP  # none after the last item
            key = id(top[0])
            inside.discard(key)
            sizes[key] = total
            if not stack:
                return total
            parent = stack[-1]
            outer -= parent[2]
            parent[2] += total + _SEP
            if outer + parent[2] > limit:
                return outer + parent[2]


def check_text(obj: Any) -> None:
    """Refuse (MemoryError) to write the text of ``obj``, a value of any type, when it
    is a builtin container whose text would pass the memory budget or the hard cap;
    else announce a large one to the memory accounting, as ``cap`` does."""
    # By the type: the host's isinstance would ask a program's object for __class__.
    if type(obj) not in CONTAINERS and not issubclass(type(obj), _BASES):
        return
    m = meter.current
    budget = HARD_CAP if m.max_memory is None else min(HARD_CAP, m.max_memory)
    size = text_size(obj, budget)
    if size > _ANNOUNCED:
        cap(size)
