class Parser:
    def __init__(self, text):
        self.toks = text.replace("(", " ( ").replace(")", " ) ").split()
        self.i = 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        t = self.take()
        if t == "-":
            return -self.factor()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if t is None:
            raise SyntaxError("unexpected end")
        return float(t) if "." in t else int(t)
def calc(s):
    p = Parser(s)
    v = p.expr()
    if p.peek() is not None:
        raise SyntaxError(f"trailing {p.peek()!r}")
    return v
for e in ["1 + 2 * 3", "(1 + 2) * 3", "- 4 + 10 / 4", "2 * ( 3 + ( 4 - 1 ) ) % 5", "7.5 - - 2"]:
    print(e, "=", calc(e))
for bad in ["(1 + 2", "1 +", "3 4"]:
    try:
        calc(bad)
    except SyntaxError as err:
        print(repr(bad), "->", err)
calc("1 / 0")
