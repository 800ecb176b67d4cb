# The observer pattern with a weakref.WeakSet of listeners and weakref.ref back-links
# from children to parents, while all objects stay alive.
import weakref


class Listener:
    def __init__(self, name):
        self.name, self.seen = name, []

    def notify(self, event):
        self.seen.append(event)


class Subject:
    def __init__(self):
        self.listeners = weakref.WeakSet()

    def emit(self, event):
        for listener in sorted(self.listeners, key=lambda item: item.name):
            listener.notify(event)


subject = Subject()
alice, bob, carol = Listener("alice"), Listener("bob"), Listener("carol")
for listener in (alice, bob, alice):
    subject.listeners.add(listener)
subject.emit("start")
subject.listeners.discard(bob)
subject.listeners.add(carol)
subject.emit("tick")
print(len(subject.listeners), bob in subject.listeners, carol in subject.listeners)
for listener in (alice, bob, carol):
    print(listener.name, listener.seen)


class TreeNode:
    def __init__(self, label, parent=None):
        self.label = label
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def path(self):
        node, parts = self, []
        while node is not None:
            parts.append(node.label)
            node = node.parent
        return "/".join(reversed(parts))


root = TreeNode("root")
usr = TreeNode("usr", root)
local = TreeNode("local", usr)
print(local.path(), usr.parent is root, root.parent, [c.label for c in root.children])
print(weakref.ref(root) == usr._parent, weakref.ref(usr) == usr._parent, usr._parent() is root)
