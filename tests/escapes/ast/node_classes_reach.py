# kind jail: the sandbox's _ast node classes, their namespaces, instances from ast.parse and compile flags: every value must be a sandbox value (no host class, module or function)
import _ast
ast = _ast
leaks = [vars(_ast), ast.AST.__dict__, ast.Name.__dict__, ast.AST.__init__, ast.AST.__mro__, type(ast.AST), ast.AST.__subclasses__()]
tree = compile("x = f(1, 'é')\nmatch p:\n    case [a, *b]: pass\n", "<s>", "exec", _ast.PyCF_ONLY_AST)
todo = [tree]
while todo:
    node = todo.pop()
    todo.extend(v for f in node._fields for v in (getattr(node, f, None) if isinstance(getattr(node, f, None), list) else [getattr(node, f, None)]) if isinstance(v, _ast.AST))
    leaks.append(vars(node))
    leaks.append(type(node).__mro__)
    for name in ("__class__", "__dict__", "__reduce__", "__reduce_ex__", "_fields", "_attributes", "__init__", "__globals__", "__code__", "__closure__", "__init_subclass__"):
        try:
            leaks.append(getattr(node, name))
        except Exception as e:
            leaks.append(type(e).__name__)
for fn in (ast.AST.__init__, ast.AST.__reduce__, compile):
    for name in ("__globals__", "__closure__", "__code__", "__self__", "__module__", "__wrapped__"):
        try:
            v = getattr(fn, name)
        except Exception as e:
            v = type(e).__name__
        text = repr(v)
        if "interp." in text or "built-in" in text or "_Table" in text or "weakref" in text:
            print("ESCAPED", fn, name, text[:100])
        leaks.append(v)
flags = [ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_ONLY_AST | 0x7fffffff]
for flag in flags:
    for source in ("x = 1", b"y = 2", tree, 12, None, ast.Name("x")):
        for mode in ("exec", "eval", "single", "func_type", "bogus"):
            try:
                leaks.append(compile(source, "<f>", mode, flag))
            except Exception as e:
                leaks.append(type(e).__name__)
print(len(leaks))
