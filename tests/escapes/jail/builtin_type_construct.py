# kind jail: calling the types of runtime objects directly (builtin function, module, descriptor view, stream, mappingproxy)
import sys
for t, args in ((type(print), (len,)), (type(sys), ('os',)), (type(int.real), (1,)), (type(sys.stdout), ()), (type(vars(int)), ({'a': 1},)), (type(iter([])), ([],))):
    try:
        o = t(*args)
        print(type(o).__name__, repr(o)[:50])
        dir(o)
    except Exception as e:
        print(type(e).__name__)
