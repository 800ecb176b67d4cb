# kind 1: weak reference callbacks on cyclic garbage that print and re-plant themselves: they must never run in another sandbox's step
import weakref

refs = []


class Node:
    pass


def report(ref):
    print("weakref callback ran here")
    node = Node()
    node.me = node
    refs.append(weakref.ref(node, report))


for i in range(100):
    node = Node()
    node.me = node
    refs.append(weakref.ref(node, report))
del node
