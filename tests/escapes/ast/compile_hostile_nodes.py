# kind jail: compile() of node subclasses whose metaclass hashes, or compares, and nodes with __getattr__/__getattribute__: the conversion must read plain data only and never run them
import _ast as ast
def attack():
    global armed
    armed = False  # only compile() itself must not run them
    class Meta(type):
        def __hash__(cls):
            if armed:
                print("ESCAPED: host hashed a class with the program's __hash__")
            return 1
        def __eq__(cls, other):
            if armed:
                print("ESCAPED: host compared a class with the program's __eq__")
            return True
    class HName(ast.Name, metaclass=Meta):
        pass
    class Sneaky(ast.Name):
        def __getattribute__(self, name):
            if armed:
                print("ESCAPED: host ran __getattribute__ for", name)
            return object.__getattribute__(self, name)
        def __getattr__(self, name):
            if armed:
                print("ESCAPED: host ran __getattr__ for", name)
            raise AttributeError(name)
    class Slotted(ast.Name):
        __slots__ = ("extra",)
    for node in (HName(id="x", ctx=ast.Load(), lineno=1, col_offset=0), Sneaky(id="x", ctx=ast.Load(), lineno=1, col_offset=0),
                 Slotted(id="x", ctx=ast.Load(), lineno=1, col_offset=0), Sneaky(ctx=ast.Load(), lineno=1, col_offset=0)):
        tree = ast.Expression(node)
        try:
            armed = True
            code = compile(tree, "<n>", "eval")
            armed = False
            print(eval(code, {"x": 7}))
        except Exception as e:
            armed = False
            print(type(e).__name__, e)
    class FakeModule:
        AST = ast.AST
    import sys
    real = sys.modules["_ast"]
    sys.modules["_ast"] = FakeModule()
    try:
        print(compile("1", "<s>", "eval", 0x400))
    except Exception as e:
        print(type(e).__name__, e)
    sys.modules["_ast"] = real
    print(type(compile("1", "<s>", "eval", 0x400)).__name__)

attack()
del attack
