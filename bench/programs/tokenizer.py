"""A hand-written tokenizer for a C-like language, scanning a string character by character.

It tracks line and column, skips comments, reads identifiers, keywords, integer and float
literals, string literals with escapes, and one- and two-character operators.
"""

import random

COPIES = 1100

KEYWORDS = {"if", "else", "while", "for", "return", "int", "float", "char", "void", "struct"}
TWO_CHAR = {"==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "->", "<<", ">>"}
ONE_CHAR = set("+-*/%<>=!&|^~(){}[];,.?:")
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "0": "\0"}

TEMPLATE = """\
/* routine {n}: sums the weights of a list */
struct node_{n} {{ int weight; struct node_{n} *next; }};

int sum_{n}(struct node_{n} *head, int limit) {{
    int total = 0;   // running total
    float scale = {f}e-2;
    while (head != 0 && total <= limit) {{
        total += head->weight * {k};
        head = head->next;
    }}
    if (total >= {k}00 || limit < 0) {{
        printf("overflow in %s: %d\\n", "sum_{n}", total);
        return -1;
    }}
    for (int i = 0; i < {k}; i++) total = (total << 1) ^ (i % 7);
    return total >> 2;
}}
"""


class LexError(Exception):
    pass


class Token:
    __slots__ = ("kind", "value", "line", "col")

    def __init__(self, kind, value, line, col):
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col


class Lexer:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.line = 1
        self.col = 1

    def peek(self, offset=0):
        index = self.pos + offset
        return self.text[index] if index < len(self.text) else ""

    def advance(self):
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "\n":
            self.line += 1
            self.col = 1
        else:
            self.col += 1
        return ch

    def skip_space_and_comments(self):
        while self.pos < len(self.text):
            ch = self.peek()
            if ch in " \t\r\n":
                self.advance()
            elif ch == "/" and self.peek(1) == "/":
                while self.pos < len(self.text) and self.peek() != "\n":
                    self.advance()
            elif ch == "/" and self.peek(1) == "*":
                self.advance()
                self.advance()
                while not (self.peek() == "*" and self.peek(1) == "/"):
                    if self.pos >= len(self.text):
                        raise LexError(f"unterminated comment at line {self.line}")
                    self.advance()
                self.advance()
                self.advance()
            else:
                break

    def read_number(self):
        chars = []
        is_float = False
        while self.peek().isdigit():
            chars.append(self.advance())
        if self.peek() == "." and self.peek(1).isdigit():
            is_float = True
            chars.append(self.advance())
            while self.peek().isdigit():
                chars.append(self.advance())
        if self.peek() in ("e", "E"):
            is_float = True
            chars.append(self.advance())
            if self.peek() in ("+", "-"):
                chars.append(self.advance())
            while self.peek().isdigit():
                chars.append(self.advance())
        text = "".join(chars)
        return ("float", float(text)) if is_float else ("int", int(text))

    def read_string(self):
        self.advance()
        chars = []
        while True:
            ch = self.peek()
            if ch == "":
                raise LexError(f"unterminated string at line {self.line}")
            self.advance()
            if ch == '"':
                break
            if ch == "\\":
                escaped = self.advance()
                chars.append(ESCAPES.get(escaped, escaped))
            else:
                chars.append(ch)
        return "".join(chars)

    def tokens(self):
        while True:
            self.skip_space_and_comments()
            if self.pos >= len(self.text):
                yield Token("eof", None, self.line, self.col)
                return
            line, col = self.line, self.col
            ch = self.peek()
            if ch.isalpha() or ch == "_":
                start = self.pos
                while self.peek().isalnum() or self.peek() == "_":
                    self.advance()
                word = self.text[start : self.pos]
                yield Token("keyword" if word in KEYWORDS else "ident", word, line, col)
            elif ch.isdigit():
                kind, value = self.read_number()
                yield Token(kind, value, line, col)
            elif ch == '"':
                yield Token("string", self.read_string(), line, col)
            elif ch + self.peek(1) in TWO_CHAR:
                yield Token("op", self.advance() + self.advance(), line, col)
            elif ch in ONE_CHAR:
                yield Token("op", self.advance(), line, col)
            else:
                raise LexError(f"unexpected {ch!r} at {line}:{col}")


rng = random.Random(42)
source = "".join(TEMPLATE.format(n=n, k=rng.randint(2, 9), f=rng.randint(10, 99)) for n in range(COPIES))

counts = {}
identifiers = {}
int_sum = 0
float_sum = 0.0
string_chars = 0
last = None
for token in Lexer(source).tokens():
    counts[token.kind] = counts.get(token.kind, 0) + 1
    if token.kind == "ident":
        identifiers[token.value] = identifiers.get(token.value, 0) + 1
    elif token.kind == "int":
        int_sum += token.value
    elif token.kind == "float":
        float_sum += token.value
    elif token.kind == "string":
        string_chars += len(token.value)
    last = token

for bad in ['x = "open', "a /* never closed", "y = 3 @ 4"]:
    try:
        list(Lexer(bad).tokens())
    except LexError as error:
        print("error:", error)

common = sorted(identifiers.items(), key=lambda item: (-item[1], item[0]))[:4]
print(sorted(counts.items()))
print(common)
print("checksum", len(source), last.line, int_sum, round(float_sum, 6), string_chars)
