# simpleeval's documented DoS guards: power, string repetition, left shift and comprehension size in one expression
[('a' * 10 ** 6) * 10 ** 4 for _ in range(10)] + [1 << 10 ** 10] + [9 ** 9 ** 9]
