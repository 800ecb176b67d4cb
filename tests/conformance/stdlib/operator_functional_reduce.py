# operator functions as first-class values: a tiny calculator's dispatch table,
# functools.reduce folds, map over two lists, and the numeric/sequence helpers.
import functools
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "&": operator.and_,
       "|": operator.or_, "^": operator.xor, "<<": operator.lshift, ">>": operator.rshift}


def evaluate_rpn(tokens):
    stack = []
    for token in tokens.split():
        if token in OPS:
            right, left = stack.pop(), stack.pop()
            stack.append(OPS[token](left, right))
        else:
            stack.append(int(token))
    return stack.pop()


for expression in ["3 4 +", "2 3 4 * +", "10 3 //", "10 3 %", "2 10 **", "7 2 /", "12 10 ^", "1 5 <<"]:
    print(expression, "=", evaluate_rpn(expression))

print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(operator.add, ["a", "b", "c"]))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, [1, -2, 0])))
print(operator.abs(-7), operator.pos(-7), operator.invert(5), operator.not_(0), operator.truth([]))
print(operator.concat([1], [2]), operator.contains("hello", "ell"), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("abc", "c"), operator.is_(None, None), operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2))
print(operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 9))
print(operator.matmul.__name__, operator.__add__ is operator.add, sorted(OPS, key=len)[:3])
print(operator.getitem({"k": 1}, "k"), operator.call(max, 3, 9))

data = [1, 2, 3]
operator.setitem(data, 0, 100)
operator.delitem(data, 1)
print(data)
try:
    evaluate_rpn("1 0 /")
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    operator.indexOf([1, 2], 5)
except ValueError:
    print("ValueError not found")
for fn, args in [(operator.index, (2.5,)), (operator.concat, (1, 2)), (operator.add, (1, "a"))]:
    try:
        fn(*args)
    except TypeError:
        print("TypeError", fn.__name__)
