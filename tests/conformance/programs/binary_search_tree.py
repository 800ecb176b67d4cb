class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node, k):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1], k)
            elif k > node[0]:
                node[2] = ins(node[2], k)
            return node
        self.root = ins(self.root, k)
    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return self.inorder(node[1]) + [node[0]] + self.inorder(node[2])
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]:
                return True
            n = n[1] if k < n[0] else n[2]
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.inorder(), t.height(), 45 in t, 55 in t)
def show(node, depth=0):
    if node:
        show(node[2], depth + 1)
        print("    " * depth + str(node[0]))
        show(node[1], depth + 1)
show(t.root)
