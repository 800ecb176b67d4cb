"""The second tier's node classes (interp/compiler/hostast.py): slotted subclasses of
the host's ``ast`` classes that ``compile`` takes as its own."""

import ast
import textwrap

import pytest

from interp.compiler import hostast

SOURCE = textwrap.dedent(
    """
    def f(a, b=2):
        try:
            total = 0
            for i in range(a):
                if i % b == 0 and i is not None:
                    total += i * b
                else:
                    continue
            return total
        except ZeroDivisionError as error:
            raise ValueError(str(error)) from None
    result = [f(10), f(7, 3), -f(4, 1)]
    """
)


def run(tree: ast.Module) -> dict:
    namespace: dict = {}
    exec(compile(ast.fix_missing_locations(tree), "<test>", "exec"), namespace)
    return namespace


def test_a_converted_tree_runs_as_the_hosts_own():
    host = run(ast.parse(SOURCE))
    converted = run(hostast.parse(SOURCE))
    assert converted["result"] == host["result"]
    with pytest.raises(ValueError):
        converted["f"](1, 0)


def test_every_node_of_a_converted_tree_is_slotted():
    tree = ast.fix_missing_locations(hostast.parse(SOURCE))
    nodes = list(ast.walk(tree))
    assert len(nodes) > 50
    for node in nodes:
        cls = type(node)
        assert cls.__module__ == hostast.__name__, cls
        assert isinstance(node, cls.__base__) and cls.__base__.__module__ == "ast"
        # Fields and positions live in slots: the instance dict stays empty.
        assert node.__dict__ == {}, (cls.__name__, node.__dict__)


def test_a_node_without_fields_is_shared():
    """Contexts and operators (``Load``, ``Add``, ``Is``...) are one instance per class
    in every converted tree, as in CPython's own parser's trees."""
    trees = [hostast.parse(SOURCE), hostast.parse(SOURCE)]
    fieldless = [n for tree in trees for n in ast.walk(tree) if not n._fields and not n._attributes]
    by_class: dict = {}
    for node in fieldless:
        by_class.setdefault(type(node), set()).add(id(node))
    assert {ast.Load, ast.Store, ast.Mod, ast.Mult, ast.IsNot} <= {cls.__base__ for cls in by_class}
    assert all(len(ids) == 1 for ids in by_class.values()), by_class


def test_a_slotted_node_is_smaller():
    import tracemalloc

    def size(make) -> int:
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            kept = [make() for _ in range(200)]
            return (tracemalloc.get_traced_memory()[0] - before) // len(kept)
        finally:
            tracemalloc.stop()

    load = ast.Load()
    where = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
    plain = size(lambda: ast.Name(id="x", ctx=load, **where))
    slotted = size(lambda: hostast.Name(id="x", ctx=load, **where))
    assert slotted * 2 < plain, (slotted, plain)


def test_fields_no_tree_sets_keep_the_host_default():
    constant = hostast.Constant(value=1)
    assert constant.kind is None and ast.Constant(value=1).kind is None
    assert hostast.arg(arg="a").annotation is None
    assert "kind" not in hostast.Constant.__slots__
    # Any other field is a slot: unset, it is missing (``compile`` takes that as None
    # for an optional one).
    with pytest.raises(AttributeError):
        _ = hostast.Return().value
    with pytest.raises(AttributeError):
        _ = constant.lineno


def test_the_second_tiers_trees_set_every_slot(monkeypatch):
    """A slot left unset costs ``compile`` an exception at each read of it: the trees
    the second tier builds for real programs set them all."""
    from interp import Limits
    from interp.compiler import hostcode
    from interp.host.session import Session

    monkeypatch.setattr(hostcode, "THRESHOLD", 1)
    unset: list = []
    nodes = [0]
    build = hostcode._factory

    def checked(scope, key, builder, tree):
        made = tree()
        for node in ast.walk(made):
            nodes[0] += 1
            for field in (*node._fields, *node._attributes):
                if not hasattr(node, field):
                    unset.append((type(node).__name__, field))
        return build(scope, key, builder, lambda: made)

    monkeypatch.setattr(hostcode, "_factory", checked)
    program = textwrap.dedent(
        """
        class Box:
            def __init__(self, items):
                self.items = list(items)
            def take(self):
                return self.items.pop()
        def walk(n):
            box, total = Box(range(n)), 0
            while box.items:
                try:
                    value = box.take()
                    if value % 7 == 0:
                        raise KeyError(value)
                    total += value
                except KeyError as error:
                    total -= error.args[0]
            with open_nothing() as nothing:
                pass
            return total
        class open_nothing:
            def __enter__(self):
                return self
            def __exit__(self, *exc):
                return False
        print(sum(walk(n) for n in range(40)), [x * 2 for x in range(5)])
        """
    )
    outcome = Session(write=lambda text: None, limits=Limits.unlimited()).run(program, "<tree>")
    assert outcome.ok, outcome.traceback
    assert nodes[0] > 1000
    assert unset == []


def test_classes_are_made_once_and_categories_are_the_hosts():
    assert hostast.Name is hostast.Name
    assert hostast.node_class(ast.Name) is hostast.Name
    assert hostast.node_class(hostast.Name) is hostast.Name
    assert hostast.expr is ast.expr and hostast.stmt is ast.stmt and hostast.AST is ast.AST
    assert issubclass(hostast.Name, ast.expr)

    class Marker(hostast.Pass):
        __slots__ = ("result",)

    assert hostast.node_class(Marker) is Marker
