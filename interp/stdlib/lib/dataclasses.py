# The sandbox's `dataclasses` module, written for interp from the documentation and
# CPython's observable behaviour. Sandbox source: run inside the sandbox, never
# imported by the host (interp/stdlib/dataclasses.py creates the module and supplies
# _init_function and _HOST_VERSION).
#
# Layout: markers and Field first, then the class processor (_Builder), which reads
# the annotations into fields and attaches each generated method; the methods are
# closures over tuples of field names, made by the _make_* functions.  Error texts
# are CPython's, word for word, since programs print them.

import sys
import types

__all__ = [
    "dataclass",
    "field",
    "Field",
    "FrozenInstanceError",
    "InitVar",
    "KW_ONLY",
    "MISSING",
    "fields",
    "asdict",
    "astuple",
    "make_dataclass",
    "replace",
    "is_dataclass",
]

# Behaviour that changed between CPython releases follows the host (the oracle).
_V312 = _HOST_VERSION >= (3, 12)  # noqa: F821 - supplied by the host
_V313 = _HOST_VERSION >= (3, 13)  # noqa: F821


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


class _FactoryMark:
    def __repr__(self):
        return "<factory>"


# "No value": a field without default, an argument left out.
MISSING = _MISSING_TYPE()
# The annotation of a pseudo-field after which every field is keyword-only.
KW_ONLY = _KW_ONLY_TYPE()
# The __init__ default of a field that has a default_factory.
_FACTORY_MARK = _FactoryMark()

# Dunder names under which a dataclass keeps its fields and parameters.
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"

# Steps of the generated __init__ (same numbers as interp/stdlib/dataclasses.py).
_STEP_ARG, _STEP_ARG_OR_FACTORY, _STEP_FACTORY, _STEP_DEFAULT = 0, 1, 2, 3


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


# What an annotated name turned out to be.
_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        kind = self.type
        if isinstance(kind, type) and not isinstance(kind, types.GenericAlias):
            shown = kind.__name__
        else:
            shown = repr(kind)
        return f"dataclasses.InitVar[{shown}]"

    def __class_getitem__(cls, item):
        return InitVar(item)


_NO_METADATA = types.MappingProxyType({})

# Attributes of a Field in the order its repr shows them.
_FIELD_SHOWN = (
    "name",
    "type",
    "default",
    "default_factory",
    "init",
    "repr",
    "hash",
    "compare",
    "metadata",
    "kw_only",
)
if _V313:
    _FIELD_SHOWN += ("doc",)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare", "metadata")
    __slots__ += ("kw_only", "doc", "_field_type") if _V313 else ("kw_only", "_field_type")

    def __init__(self, default, factory, init, repr, hash, compare, metadata, kw_only, doc=None):
        self.name = self.type = None
        self.default = default
        self.default_factory = factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        # A read-only view of the caller's mapping (it sees later changes to it).
        self.metadata = _NO_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        if _V313:
            self.doc = doc
        self._field_type = None

    def __repr__(self):
        shown = ",".join(f"{slot}={getattr(self, slot)!r}" for slot in _FIELD_SHOWN)
        return f"Field({shown},_field_type={self._field_type})"

    # A Field stands in the class body where its default will be: pass the
    # class-creation hook on to the default, which may be a descriptor.
    def __set_name__(self, owner, attr):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, attr)

    @classmethod
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


_PARAM_NAMES = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")
if _V312:
    _PARAM_NAMES += ("match_args", "kw_only", "slots", "weakref_slot")


class _DataclassParams:
    __slots__ = _PARAM_NAMES

    def __init__(self, options):
        for name in _PARAM_NAMES:
            setattr(self, name, options[name])

    def __repr__(self):
        shown = ",".join(f"{name}={getattr(self, name)!r}" for name in _PARAM_NAMES)
        return f"_DataclassParams({shown})"


def _field(default, factory, init, repr, hash, compare, metadata, kw_only, doc):
    if not (default is MISSING or factory is MISSING):
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, factory, init, repr, hash, compare, metadata, kw_only, doc)


_NO_DOC = object()


def field(
    *,
    default=MISSING,
    default_factory=MISSING,
    init=True,
    repr=True,
    hash=None,
    compare=True,
    metadata=None,
    kw_only=MISSING,
    doc=_NO_DOC,
):
    if doc is _NO_DOC:
        doc = None
    elif not _V313:
        raise TypeError("field() got an unexpected keyword argument 'doc'")
    return _field(default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)


# --- telling ClassVar, InitVar and KW_ONLY annotations apart -----------------------


def _word_at(text, start):
    """(end, word) for the run of word characters after any spaces from ``start``."""
    while start < len(text) and text[start].isspace():
        start += 1
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return end, text[start:end]


def _string_head(text):
    """(module name or None, name) at the start of a string annotation, as in
    "typing.ClassVar[int]" or " InitVar[str]"; None when it starts with no name."""
    end, first = _word_at(text, 0)
    if not first:
        return None
    dot = end
    while dot < len(text) and text[dot].isspace():
        dot += 1
    if dot < len(text) and text[dot] == ".":
        _, second = _word_at(text, dot + 1)
        if second:
            return first, second
    return None, first


def _names_in_string(cls, text, module, wanted):
    """Whether string annotation ``text`` of ``cls`` starts with a name that, in the
    class's module, is ``wanted`` (or ``module.wanted``'s object)."""
    found = _string_head(text)
    if found is None:
        return False
    prefix, name = found
    home = sys.modules.get(cls.__module__)
    namespace = getattr(home, "__dict__", None)
    if namespace is None:
        return False
    if prefix is None:
        return namespace.get(name) is wanted
    return namespace.get(prefix) is module and getattr(module, name, None) is wanted


def _is_classvar(cls, annotation):
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    if isinstance(annotation, str):
        return _names_in_string(cls, annotation, typing, typing.ClassVar)
    if annotation is typing.ClassVar:
        return True
    return type(annotation) is typing._GenericAlias and annotation.__origin__ is typing.ClassVar


def _is_initvar(cls, annotation):
    if isinstance(annotation, str):
        return _names_in_string(cls, annotation, _this_module(), InitVar)
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only_marker(cls, annotation):
    if isinstance(annotation, str):
        return _names_in_string(cls, annotation, _this_module(), KW_ONLY)
    return annotation is KW_ONLY


def _this_module():
    return sys.modules.get(__name__)


# --- the generated methods -----------------------------------------------------------


def _getter(names):
    """A function giving the tuple of the named attributes of an object (native:
    interp/stdlib/dataclasses.py)."""
    return _attribute_tuple(names)  # noqa: F821 - supplied by the host


def _make_repr(names):
    # Like reprlib.recursive_repr: an object met again while its own repr is being
    # built shows as "...".  One set per method, as there.
    active = set()
    values = _getter(names)
    template = ", ".join(f"{name}=%r" for name in names)

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            shown = template % values(self)
        finally:
            active.discard(key)
        return self.__class__.__qualname__ + "(" + shown + ")"

    # pprint lays out a dataclass only when its __repr__ wraps a function made by
    # CPython's generator, whose qualified name says "__create_fn__": give it one.
    def unguarded(self):
        return self.__class__.__qualname__ + "(" + template % values(self) + ")"

    unguarded.__name__ = "__repr__"
    unguarded.__qualname__ = "__create_fn__.<locals>.__repr__"
    __repr__.__wrapped__ = unguarded
    return __repr__


def _make_eq(names):
    values = _getter(names)

    if _V313:
        # Field after field, stopping at the first false result (CPython 3.13 on).
        def __eq__(self, other):
            if self is other:
                return True
            if other.__class__ is not self.__class__:
                return NotImplemented
            result = True
            for mine, theirs in zip(values(self), values(other)):
                result = mine == theirs
                if not result:
                    return result
            return result

    else:
        # Tuples compare items by identity first, as CPython's generated method did.
        def __eq__(self, other):
            if other.__class__ is not self.__class__:
                return NotImplemented
            return values(self) == values(other)

    return __eq__


def _make_order(names):
    values = _getter(names)

    def __lt__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) < values(other)

    def __le__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) <= values(other)

    def __gt__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) > values(other)

    def __ge__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) >= values(other)

    return (__lt__, __le__, __gt__, __ge__)


def _make_hash(names):
    values = _getter(names)

    def __hash__(self):
        return hash(values(self))

    return __hash__


def _make_frozen_guards(owner, names):
    protected = frozenset(names)

    def __setattr__(self, attr, value):
        if attr in protected or type(self) is owner:
            raise FrozenInstanceError(f"cannot assign to field {attr!r}")
        super(owner, self).__setattr__(attr, value)

    def __delattr__(self, attr):
        if attr in protected or type(self) is owner:
            raise FrozenInstanceError(f"cannot delete field {attr!r}")
        super(owner, self).__delattr__(attr)

    return __setattr__, __delattr__


def _make_replace():
    def __replace__(self, /, **changes):
        return _replace(self, changes)

    return __replace__


# Pickling support of frozen slotted classes (their __setattr__ refuses).
def _dataclass_getstate(self):
    return [getattr(self, spec.name) for spec in fields(self)]


def _dataclass_setstate(self, values):
    for spec, value in zip(fields(self), values):
        object.__setattr__(self, spec.name, value)


# --- signature text for the class docstring -------------------------------------------


def _annotation_text(hint):
    # As inspect shows annotations: typing's without their prefix, classes by
    # qualified name (builtins bare), generic aliases and the rest by repr.
    home = getattr(hint, "__module__", None)
    if home == "typing":
        return repr(hint).replace("typing.", "")
    if isinstance(hint, type) and not isinstance(hint, types.GenericAlias):
        return hint.__qualname__ if home == "builtins" else f"{home}.{hint.__qualname__}"
    return repr(hint)


def _parameter_text(spec):
    text = f"{spec.name}: {_annotation_text(spec.type)}"
    if spec.default is not MISSING:
        return f"{text} = {spec.default!r}"
    if spec.default_factory is not MISSING:
        return f"{text} = <factory>"
    return text


def _signature_text(positional, keyword_only):
    parts = [_parameter_text(spec) for spec in positional]
    if keyword_only:
        parts.append("*")
        parts.extend(_parameter_text(spec) for spec in keyword_only)
    return "(" + ", ".join(parts) + ")"


# --- processing a class ----------------------------------------------------------------


def _has_default(spec):
    return spec.default is not MISSING or spec.default_factory is not MISSING


def _slots_of(cls):
    declared = cls.__dict__.get("__slots__")
    if declared is None:
        if _V312:
            found = []
            if "__dict__" in cls.__dict__:
                found.append("__dict__")
            if "__weakref__" in cls.__dict__:
                found.append("__weakref__")
            return found
        return []
    if isinstance(declared, str):
        return [declared]
    if hasattr(declared, "__next__"):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return list(declared)


class _Builder:
    """Turns one class into a dataclass: reads its fields, then adds the methods."""

    def __init__(self, cls, options):
        self.cls = cls
        self.options = options
        self.name = cls.__name__
        self.made_init = False
        own = cls.__dict__
        # Read before any method is added: the hash rules depend on what the class
        # body itself defined.
        explicit = own.get("__hash__", MISSING)
        self.explicit_hash = not (explicit is MISSING or (explicit is None and "__eq__" in own))

    def build(self):
        cls = self.cls
        options = self.options
        setattr(cls, _PARAMS, _DataclassParams(options))
        all_fields = self.collect_fields()
        setattr(cls, _FIELDS, all_fields)
        if options["order"] and not options["eq"]:
            raise ValueError("eq must be true if order is true")

        real = [spec for spec in all_fields.values() if spec._field_type is _FIELD]
        in_init = [
            spec for spec in all_fields.values() if spec._field_type is not _FIELD_CLASSVAR and spec.init
        ]
        positional = [spec for spec in in_init if not spec.kw_only]
        keyword_only = [spec for spec in in_init if spec.kw_only]

        if options["init"]:
            self.add_init(all_fields, positional, keyword_only)
        if options["repr"]:
            self.add("__repr__", _make_repr(tuple(spec.name for spec in real if spec.repr)))
        compared = tuple(spec.name for spec in real if spec.compare)
        if options["eq"]:
            self.add("__eq__", _make_eq(compared))
        if options["order"]:
            for method in _make_order(compared):
                if self.add(method.__name__, method):
                    raise TypeError(
                        f"Cannot overwrite attribute {method.__name__} in class {self.name}"
                        + (" " if _V313 else ". ")
                        + "Consider using functools.total_ordering"
                    )
        if options["frozen"]:
            for method in _make_frozen_guards(cls, tuple(spec.name for spec in real)):
                if self.add(method.__name__, method):
                    raise TypeError(f"Cannot overwrite attribute {method.__name__} in class {self.name}")
        self.set_hash(tuple(spec.name for spec in real if (spec.compare if spec.hash is None else spec.hash)))

        if not cls.__doc__:
            if self.made_init:
                cls.__doc__ = self.name + _signature_text(positional, keyword_only)
            else:
                cls.__doc__ = self.name + "()"
        if options["match_args"]:
            self.add("__match_args__", tuple(spec.name for spec in positional))
        if options["weakref_slot"] and not options["slots"]:
            raise TypeError("weakref_slot is True but slots is False")
        if options["slots"]:
            cls = _with_slots(cls, options["frozen"], options["weakref_slot"])
        if _V313:
            self.cls = cls
            self.add("__replace__", _make_replace())
        # Generated methods may implement abstract ones of a base (and no class is
        # abstract while abc is not imported).
        abc = sys.modules.get("abc")
        if abc is not None and hasattr(abc, "update_abstractmethods"):
            abc.update_abstractmethods(cls)
        return cls

    def add(self, name, value):
        """Set a generated attribute unless the class body defined it; True if it did."""
        cls = self.cls
        if name in cls.__dict__:
            return True
        if callable(value) and hasattr(value, "__qualname__"):
            value.__qualname__ = cls.__qualname__ + "." + value.__name__
            value.__module__ = cls.__module__
        setattr(cls, name, value)
        return False

    def collect_fields(self):
        cls = self.cls
        frozen = self.options["frozen"]
        collected = {}
        seen_dataclass_base = False
        frozen_base = False
        # Bases first, most distant first, so that nearer classes override.
        for base in cls.__mro__[-1:0:-1]:
            inherited = getattr(base, _FIELDS, None)
            if inherited is None:
                continue
            seen_dataclass_base = True
            for spec in inherited.values():
                collected[spec.name] = spec
            if getattr(base, _PARAMS).frozen:
                frozen_base = True

        annotations = cls.__dict__.get("__annotations__", {})
        kw_only = self.options["kw_only"]
        marker_seen = False
        own = []
        for name, annotation in annotations.items():
            if _is_kw_only_marker(cls, annotation):
                if marker_seen:
                    raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
                marker_seen = True
                kw_only = True
                continue
            own.append(_read_field(cls, name, annotation, kw_only))

        for spec in own:
            collected[spec.name] = spec
            # The class attribute shows the plain default, never the Field object.
            if isinstance(cls.__dict__.get(spec.name), Field):
                if spec.default is MISSING:
                    delattr(cls, spec.name)
                else:
                    setattr(cls, spec.name, spec.default)

        for name, value in cls.__dict__.items():
            if isinstance(value, Field) and name not in annotations:
                raise TypeError(f"{name!r} is a field but has no type annotation")

        if seen_dataclass_base:
            if frozen_base and not frozen:
                raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
            if frozen and not frozen_base:
                raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
        return collected

    def add_init(self, all_fields, positional, keyword_only):
        last_defaulted = None
        for spec in positional:
            if _has_default(spec):
                last_defaulted = spec
            elif last_defaulted is not None:
                message = f"non-default argument {spec.name!r} follows default argument"
                if _V312:
                    message += f" {last_defaulted.name!r}"
                raise TypeError(message)

        defaults = tuple(
            _FACTORY_MARK if spec.default is MISSING else spec.default
            for spec in positional
            if _has_default(spec)
        )
        kwdefaults = {}
        for spec in keyword_only:
            if _has_default(spec):
                kwdefaults[spec.name] = _FACTORY_MARK if spec.default is MISSING else spec.default

        steps = []
        initvars = []
        for spec in all_fields.values():
            if spec._field_type is _FIELD_CLASSVAR:
                continue
            if spec._field_type is _FIELD_INITVAR:
                initvars.append(spec.name)
                continue
            if spec.init:
                if spec.default_factory is MISSING:
                    steps.append((spec.name, _STEP_ARG, None))
                else:
                    steps.append((spec.name, _STEP_ARG_OR_FACTORY, spec.default_factory))
            elif spec.default_factory is not MISSING:
                steps.append((spec.name, _STEP_FACTORY, spec.default_factory))
            elif spec.default is not MISSING:
                steps.append((spec.name, _STEP_DEFAULT, spec.default))

        cls = self.cls
        post_init = tuple(initvars) if hasattr(cls, "__post_init__") else None
        method = _init_function(  # noqa: F821 - supplied by the host
            f"{cls.__qualname__}.__init__",
            "__dataclass_self__" if "self" in all_fields else "self",
            tuple(spec.name for spec in positional),
            tuple(spec.name for spec in keyword_only),
            defaults,
            kwdefaults,
            tuple(steps),
            post_init,
            self.options["frozen"],
            _FACTORY_MARK,
            _module_globals(cls),
        )
        method.__annotations__ = {spec.name: spec.type for spec in positional + keyword_only} | {
            "return": None
        }
        self.made_init = not self.add("__init__", method)

    def set_hash(self, names):
        """CPython's table: whether __hash__ is added, set to None, left, or refused."""
        options = self.options
        cls = self.cls
        if options["unsafe_hash"]:
            if self.explicit_hash:
                raise TypeError(f"Cannot overwrite attribute __hash__ in class {self.name}")
        elif not options["eq"] or self.explicit_hash:
            return
        elif not options["frozen"]:
            cls.__hash__ = None
            return
        method = _make_hash(names)
        method.__qualname__ = f"{cls.__qualname__}.__hash__"
        method.__module__ = cls.__module__
        cls.__hash__ = method


def _module_globals(cls):
    # Generated methods belong to the class's module, as CPython's do.
    home = sys.modules.get(cls.__module__)
    namespace = getattr(home, "__dict__", None)
    return namespace if type(namespace) is dict else globals()


def _read_field(cls, name, annotation, kw_only):
    # A descriptor's class-level value (its __get__ with no instance) is the default.
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        spec = default
    else:
        spec = field(default=default)
    spec.name = name
    spec.type = annotation
    if _is_classvar(cls, annotation):
        kind = _FIELD_CLASSVAR
    elif _is_initvar(cls, annotation):
        kind = _FIELD_INITVAR
    else:
        kind = _FIELD
    spec._field_type = kind
    if kind is not _FIELD:
        if spec.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if kind is _FIELD_CLASSVAR:
        if spec.kw_only is not MISSING:
            raise TypeError(f"field {name} is a ClassVar but specifies kw_only")
    elif spec.kw_only is MISSING:
        spec.kw_only = kw_only
    if kind is _FIELD and spec.default.__class__.__hash__ is None:
        raise ValueError(
            f"mutable default {type(spec.default)} for field {name} is not allowed: use default_factory"
        )
    return spec


def _with_slots(cls, frozen, weakref_slot):
    """A copy of ``cls`` whose instances keep the fields in slots (the class itself
    cannot gain __slots__ after creation)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    namespace = dict(cls.__dict__)
    names = [spec.name for spec in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_slots_of(base))
    wanted = names + (["__weakref__"] if weakref_slot else [])
    namespace["__slots__"] = tuple(name for name in wanted if name not in taken)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    replacement = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        replacement.__qualname__ = qualname
    if frozen:
        # The guards compare with the class they were made for: make them anew.
        guards = _make_frozen_guards(replacement, tuple(names))
        for method in guards:
            method.__qualname__ = f"{replacement.__qualname__}.{method.__name__}"
            setattr(replacement, method.__name__, method)
        if "__getstate__" not in namespace:
            replacement.__getstate__ = _dataclass_getstate
        if "__setstate__" not in namespace:
            replacement.__setstate__ = _dataclass_setstate
    return replacement


# --- the public functions ------------------------------------------------------------------


# The parameters of dataclass(), in its order.
_OPTIONS = (
    "init",
    "repr",
    "eq",
    "order",
    "unsafe_hash",
    "frozen",
    "match_args",
    "kw_only",
    "slots",
    "weakref_slot",
)


def dataclass(
    cls=None,
    /,
    *,
    init=True,
    repr=True,
    eq=True,
    order=False,
    unsafe_hash=False,
    frozen=False,
    match_args=True,
    kw_only=False,
    slots=False,
    weakref_slot=False,
):
    options = dict(
        zip(_OPTIONS, (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot))
    )

    def wrap(cls):
        return _Builder(cls, options).build()

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(spec for spec in table.values() if spec._field_type is _FIELD)


def _is_dataclass_instance(value):
    return hasattr(type(value), _FIELDS)


def is_dataclass(obj):
    kind = obj if isinstance(obj, type) else type(obj)
    return hasattr(kind, _FIELDS)


# Values that a deep copy returns unchanged: skip the copy module for them.
_ATOMIC = frozenset([type(None), bool, int, float, complex, str, bytes, type, range, types.FunctionType])


def _convert(obj, make, as_dict):
    """The deep conversion behind asdict() (``as_dict``) and astuple(): dataclass
    instances become ``make(...)`` of their converted fields, containers are rebuilt
    with converted items, anything else is deep-copied."""
    kind = type(obj)
    if kind in _ATOMIC:
        return obj
    if hasattr(kind, _FIELDS):
        if as_dict:
            return make([(spec.name, _convert(getattr(obj, spec.name), make, True)) for spec in fields(obj)])
        return make([_convert(getattr(obj, spec.name), make, False) for spec in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        # A named tuple takes its items as separate arguments.
        return kind(*[_convert(item, make, as_dict) for item in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_convert(item, make, as_dict) for item in obj)
    if isinstance(obj, dict):
        if _V312 and hasattr(kind, "default_factory"):
            rebuilt = kind(obj.default_factory)
            for key, value in obj.items():
                rebuilt[_convert(key, make, as_dict)] = _convert(value, make, as_dict)
            return rebuilt
        return kind(
            (_convert(key, make, as_dict), _convert(value, make, as_dict)) for key, value in obj.items()
        )
    import copy

    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


# A bad keyword for replace() is a TypeError from 3.13 on, as for any call.
_ReplaceError = TypeError if _V313 else ValueError


def _replace(instance, changes):
    for spec in getattr(instance, _FIELDS).values():
        kind = spec._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not spec.init:
            if spec.name in changes:
                raise _ReplaceError(
                    f"field {spec.name} is declared with init=False, it cannot be specified with replace()"
                )
        elif spec.name not in changes:
            if kind is _FIELD_INITVAR and spec.default is MISSING:
                raise _ReplaceError(f"InitVar {spec.name!r} must be specified with replace()")
            changes[spec.name] = getattr(instance, spec.name)
    return instance.__class__(**changes)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, changes)


_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try while "
    "with yield".split()
)


def _any_annotation():
    # The annotation of a field given by name alone: typing.Any itself from 3.14 on
    # (when typing imports), its name before.
    if _HOST_VERSION >= (3, 14):  # noqa: F821
        try:
            import typing
        except ImportError:
            return "typing.Any"
        return typing.Any
    return "typing.Any"


def _make_dataclass(cls_name, field_specs, bases, namespace, module, options):
    annotations = {}
    values = {}
    for spec in field_specs:
        if isinstance(spec, str):
            name, annotation = spec, _any_annotation()
        elif len(spec) == 2:
            name, annotation = spec
        elif len(spec) == 3:
            name, annotation, values[spec[0]] = spec
        else:
            raise TypeError(f"Invalid field: {spec!r}")
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in annotations:
            raise TypeError(f"Field name duplicated: {name!r}")
        annotations[name] = annotation

    def fill(body):
        body.update(namespace or {})
        body.update(values)
        body["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, **options)


_NO_MODULE = object()


def make_dataclass(
    cls_name,
    fields,
    *,
    bases=(),
    namespace=None,
    init=True,
    repr=True,
    eq=True,
    order=False,
    unsafe_hash=False,
    frozen=False,
    match_args=True,
    kw_only=False,
    slots=False,
    weakref_slot=False,
    module=_NO_MODULE,
):
    if not _V312:
        # 3.11 has no module parameter, and leaves the class in module "types",
        # where new_class runs.
        if module is not _NO_MODULE:
            raise TypeError("make_dataclass() got an unexpected keyword argument 'module'")
        module = "types"
    elif module is None or module is _NO_MODULE:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
    options = dict(
        zip(_OPTIONS, (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot))
    )
    return _make_dataclass(cls_name, fields, bases, namespace, module, options)
