# kind frame_views: co_varnames (new on code views, read by inspect.signature) from every kind of function and frame, and inspect.signature/getfullargspec over builtins, stdlib callables and runtime types; every name must be a plain str and nothing a host object
import sys, inspect, functools, collections, json, re, typing
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'lib/python' in text or '\\x00' in text or 'frame object at' in text:
        print('ESCAPED', label, text[:200])
def names_of(code):
    names = code.co_varnames
    if type(names) is not tuple or any(type(n) is not str for n in names):
        print('ESCAPED not a tuple of str', type(names))
    leak('co_varnames', names)
    return names
def outer(a, b=1, *c, d, **e):
    cell = a
    def inner(x, /, y=2):
        return cell + x
    return inner
names_of(outer.__code__)
names_of(outer(1, d=2).__code__)
names_of((lambda *a, **k: [i for i in a]).__code__)
class K:
    def m(self, q):
        return __class__
    names_of(sys._getframe().f_code)
names_of(K.m.__code__)
def gen():
    yield names_of(sys._getframe().f_code)
list(gen())
f = sys._getframe()
while f is not None:
    names_of(f.f_code)
    f = f.f_back
for mod in (json, re, collections, functools, typing, inspect):
    for value in list(vars(mod).values()):
        if inspect.isfunction(value):
            names_of(value.__code__)
kept = []
for obj in [len, print, sorted, dict.get, [].append, object, type, int, object.__init__, type.__call__,
            json.dumps, re.compile, collections.namedtuple, functools.reduce, functools.partial(print, 1),
            collections.OrderedDict, collections.Counter.most_common, typing.TypeVar, BaseException,
            inspect.signature, inspect.Signature, inspect.Parameter, sys.exit, iter, super, property]:
    for ask in (inspect.signature, inspect.getfullargspec):
        try:
            result = ask(obj)
        except (TypeError, ValueError) as error:
            result = error
        leak(repr(obj), result)
        kept.append(result)
for result in kept:
    if isinstance(result, inspect.Signature):
        for param in result.parameters.values():
            leak('default', param.default)
            leak('annotation', param.annotation)
print(len(kept))
