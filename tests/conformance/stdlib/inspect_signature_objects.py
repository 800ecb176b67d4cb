# Parameter and Signature as values: construction and its ValueError/TypeError
# messages, replace(), equality and hashing, Signature validation (order, defaults,
# duplicates), copies through copy/pickle-style state, and from_callable.
import copy
import inspect
from inspect import Parameter, Signature

P = Parameter


def attempt(label, make):
    try:
        result = make()
    except (TypeError, ValueError) as error:
        print(label, "->", type(error).__name__, error)
    else:
        print(label, "->", repr(result))


attempt("plain", lambda: P("x", P.POSITIONAL_OR_KEYWORD))
attempt("kind as int", lambda: P("x", 3, default=None))
attempt("annotated", lambda: P("x", P.KEYWORD_ONLY, default=1, annotation=int))
attempt("bad kind", lambda: P("x", 9))
attempt("kind as str", lambda: P("x", "keyword"))
attempt("not identifier", lambda: P("1x", P.POSITIONAL_ONLY))
attempt("keyword name", lambda: P("class", P.KEYWORD_ONLY))
attempt("keyword name positional-only", lambda: P("class", P.POSITIONAL_ONLY))
attempt("name not str", lambda: P(5, P.POSITIONAL_ONLY))
attempt("default on *args", lambda: P("args", P.VAR_POSITIONAL, default=()))
attempt("default on **kw", lambda: P("kw", P.VAR_KEYWORD, default={}))
attempt("implicit", lambda: P(".0", P.POSITIONAL_OR_KEYWORD))
attempt("implicit keyword-only", lambda: P(".1", P.KEYWORD_ONLY))

base = P("limit", P.POSITIONAL_OR_KEYWORD, default=10, annotation=int)
print(base.name, base.kind, base.default, base.annotation)
print(repr(base.replace(name="cap")), repr(base.replace(kind=P.KEYWORD_ONLY)))
print(repr(base.replace(default=P.empty, annotation=P.empty)))
attempt("replace to *args with default", lambda: base.replace(kind=P.VAR_POSITIONAL))
print(base == P("limit", P.POSITIONAL_OR_KEYWORD, default=10, annotation=int), base == base.replace(default=11))
print(base != "limit", hash(base) == hash(base.replace()), base.__eq__(3))
print(len({base, base.replace(), base.replace(name="other")}))
for bad_attr in ["name", "kind"]:
    try:
        setattr(base, bad_attr, "x")
    except AttributeError:
        print("read-only", bad_attr)

attempt("order", lambda: Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]))
attempt("order 2", lambda: Signature([P("a", P.VAR_KEYWORD), P("b", P.VAR_POSITIONAL)]))
attempt("defaults", lambda: Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_OR_KEYWORD)]))
attempt("kw-only after default", lambda: Signature([P("a", 1, default=1), P("b", P.KEYWORD_ONLY)]))
attempt("duplicate", lambda: Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]))
attempt("fine", lambda: Signature([P("a", 0), P("b", 1, default=2), P("c", 2), P("d", 3), P("e", 4)]))
attempt("tuple input", lambda: Signature((P("a", 0),), return_annotation=int))

def original(a, b=2, *, c):
    pass


sig = inspect.signature(original)
print(sig.replace(return_annotation=str))
print(sig.replace(parameters=[P("z", P.VAR_POSITIONAL)]))
print(sig.replace(parameters=list(sig.parameters.values())[:1]))
attempt("replace invalid", lambda: sig.replace(parameters=[P("a", 3), P("b", 0)]))

# Equality: keyword-only parameters compare in any order; everything else in order.
def kw_one(*, x, y):
    pass


def kw_two(*, y, x):
    pass


def pos_one(x, y):
    pass


def pos_two(y, x):
    pass


print(inspect.signature(kw_one) == inspect.signature(kw_two), str(inspect.signature(kw_two)))
print(inspect.signature(pos_one) == inspect.signature(pos_two))
print(hash(inspect.signature(kw_one)) == hash(inspect.signature(kw_two)))
print(sig == inspect.signature(original), sig != sig.replace(return_annotation=None), sig == 5)
print(Signature() == Signature(), len({Signature(), Signature(), sig}))

duplicate = copy.copy(sig)
print(duplicate == sig, duplicate is sig, str(duplicate))
print(copy.deepcopy(base) == base, repr(copy.copy(base)))

class Custom(Signature):
    pass


custom = Custom.from_callable(original)
print(type(custom).__name__, custom, custom == sig)
print(type(custom.replace()).__name__)
print(sig.parameters["c"].kind is P.KEYWORD_ONLY, list(sig.parameters.keys()), "b" in sig.parameters)
print(inspect.Signature.empty, inspect.Parameter.empty, inspect.signature(original).return_annotation)
