# ClassVar, InitVar and KW_ONLY recognised in string annotations (PEP 563), through the
# class's module namespace, as CPython does.
from __future__ import annotations

import dataclasses
import typing
import typing as t
from dataclasses import dataclass, InitVar, KW_ONLY, fields
from typing import ClassVar
from typing import ClassVar as CV


@dataclass
class Config:
    a: ClassVar[int] = 1
    b: typing.ClassVar[int] = 2
    c: t.ClassVar = 3
    d: CV[str] = "d"
    e: int = 5
    f: InitVar[int] = 6
    g: dataclasses.InitVar[str] = "g"
    h: "ClassVar[int]" = 7
    _: KW_ONLY
    k: int = 8

    def __post_init__(self, f, g):
        self.seen = (f, g)


print([f.name for f in fields(Config)])
print([(f.name, f.type) for f in fields(Config)])
print(sorted(Config.__dataclass_fields__))
print(sorted((name, f._field_type.name) for name, f in Config.__dataclass_fields__.items()))
cfg = Config(50, 60, "gg", k=9)
print(cfg, cfg.seen, Config.a, Config.b, Config.c, Config.d)
print(Config.__match_args__)


@dataclass
class NotClassVar:
    # Not ClassVar: the name is not typing's ClassVar in this module.
    x: "Unknown[int]" = 1
    y: "ClassVar | None" = 2


print([f.name for f in fields(NotClassVar)])
print(Config.__init__.__annotations__)


def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
    else:
        print("ok")


def classvar_factory():
    @dataclass
    class M:
        a: ClassVar[list] = dataclasses.field(default_factory=list)


def classvar_kw_only():
    @dataclass
    class M:
        a: ClassVar[int] = dataclasses.field(default=1, kw_only=True)


def classvar_mutable_default():
    @dataclass
    class M:
        a: ClassVar[list] = []


for case in (classvar_factory, classvar_kw_only, classvar_mutable_default):
    attempt(case)
