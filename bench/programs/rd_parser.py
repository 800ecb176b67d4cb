"""A recursive-descent parser and tree-walking evaluator for a small expression language.

The source is generated, split into a token list, parsed by a Parser with small methods
(peek/take/expect) into node objects, and evaluated statement by statement.
"""

import random

PROGRAMS = 360
STATEMENTS = 25

NAMES = ["a", "b", "c", "total", "count", "width", "height", "n"]
FUNCTIONS = {"max": max, "min": min, "abs": abs}
KEYWORDS = {"let", "print"}
OPERATORS = {"+", "-", "*", "%", "<", "==", "(", ")", ",", "=", ";"}


class ParseError(Exception):
    pass


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"


def classify(word):
    if word.isdigit():
        return Token("num", word)
    if word in KEYWORDS:
        return Token(word, word)
    if word in OPERATORS:
        return Token(word, word)
    if word.isidentifier():
        return Token("name", word)
    raise ParseError(f"bad token {word!r}")


class Num:
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env.get(self.name, 0)


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "%":
            return a % b if b else 0
        if self.op == "<":
            return int(a < b)
        if self.op == "==":
            return int(a == b)
        raise ValueError(self.op)


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def evaluate(self, env):
        return -self.operand.evaluate(env)


class Call:
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def evaluate(self, env):
        return FUNCTIONS[self.name](*[arg.evaluate(env) for arg in self.args])


class Let:
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def execute(self, env, out):
        env[self.name] = self.expr.evaluate(env) % 1_000_003


class Print:
    def __init__(self, expr):
        self.expr = expr

    def execute(self, env, out):
        out.append(self.expr.evaluate(env))


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return Token("eof", "")

    def at(self, kind):
        return self.peek().kind == kind

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expect(self, kind):
        token = self.take()
        if token.kind != kind:
            raise ParseError(f"expected {kind}, got {token!r} at {self.pos}")
        return token

    def parse_program(self):
        statements = []
        while not self.at("eof"):
            statements.append(self.parse_statement())
        return statements

    def parse_statement(self):
        if self.at("let"):
            self.take()
            name = self.expect("name").text
            self.expect("=")
            expr = self.parse_expression()
            self.expect(";")
            return Let(name, expr)
        self.expect("print")
        expr = self.parse_expression()
        self.expect(";")
        return Print(expr)

    def parse_expression(self):
        left = self.parse_sum()
        while self.at("<") or self.at("=="):
            op = self.take().kind
            left = BinOp(op, left, self.parse_sum())
        return left

    def parse_sum(self):
        left = self.parse_product()
        while self.at("+") or self.at("-"):
            op = self.take().kind
            left = BinOp(op, left, self.parse_product())
        return left

    def parse_product(self):
        left = self.parse_unary()
        while self.at("*") or self.at("%"):
            op = self.take().kind
            left = BinOp(op, left, self.parse_unary())
        return left

    def parse_unary(self):
        if self.at("-"):
            self.take()
            return Neg(self.parse_unary())
        return self.parse_primary()

    def parse_primary(self):
        token = self.take()
        if token.kind == "num":
            return Num(int(token.text))
        if token.kind == "name":
            if self.at("("):
                self.take()
                args = [self.parse_expression()]
                while self.at(","):
                    self.take()
                    args.append(self.parse_expression())
                self.expect(")")
                return Call(token.text, args)
            return Var(token.text)
        if token.kind == "(":
            expr = self.parse_expression()
            self.expect(")")
            return expr
        raise ParseError(f"unexpected {token!r}")


def random_expression(rng, depth):
    if depth <= 0 or rng.random() < 0.25:
        if rng.random() < 0.5:
            return str(rng.randint(0, 99))
        return rng.choice(NAMES)
    choice = rng.randint(0, 9)
    if choice < 6:
        op = rng.choice(["+", "-", "*", "%", "+", "*", "<", "=="])
        return f"{random_expression(rng, depth - 1)} {op} {random_expression(rng, depth - 1)}"
    if choice < 8:
        return f"( {random_expression(rng, depth - 1)} )"
    if choice == 8:
        return f"- {random_expression(rng, depth - 1)}"
    name = rng.choice(list(FUNCTIONS))
    args = " , ".join(random_expression(rng, depth - 1) for _ in range(rng.randint(2, 3)))
    if name == "abs":
        args = random_expression(rng, depth - 1)
    return f"{name} ( {args} )"


def random_program(rng):
    lines = []
    for _ in range(STATEMENTS):
        if rng.random() < 0.8:
            lines.append(f"let {rng.choice(NAMES)} = {random_expression(rng, 5)} ;")
        else:
            lines.append(f"print {random_expression(rng, 4)} ;")
    return "\n".join(lines)


def run(source):
    tokens = [classify(word) for word in source.split()]
    statements = Parser(tokens).parse_program()
    env = {}
    out = []
    for statement in statements:
        statement.execute(env, out)
    return len(tokens), len(statements), out, env


rng = random.Random(42)
token_total = 0
statement_total = 0
printed = []
checksum = 0
for index in range(PROGRAMS):
    source = random_program(rng)
    tokens, statements, out, env = run(source)
    token_total += tokens
    statement_total += statements
    printed.extend(out)
    checksum = (checksum * 31 + sum(env.values()) + sum(out)) % 1_000_000_007
    if index == 0:
        print(source.splitlines()[0][:70])

try:
    Parser([classify(w) for w in "let x = ( 1 + ;".split()]).parse_program()
except ParseError as error:
    print("error:", error)
print("checksum", token_total, statement_total, len(printed), checksum)
