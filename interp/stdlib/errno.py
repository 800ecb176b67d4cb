"""The sandbox's ``errno``: the host's error numbers and names, as plain data.

A C module in CPython; the library imports it for constants (``posixpath`` on 3.14
compares ``OSError.errno`` with them).  The values are the host platform's, as the
``OSError`` numbers a program sees are.
"""

from __future__ import annotations

import errno as _host_errno

from ..runtime.modules import Module, make_module
from . import register


@register("errno")
def create() -> Module:
    """A fresh ``errno`` module for one sandbox."""
    names = {
        name: value
        for name, value in vars(_host_errno).items()
        if name.startswith("E") and type(value) is int
    }
    names["errorcode"] = dict(_host_errno.errorcode)
    return make_module("errno", names)
