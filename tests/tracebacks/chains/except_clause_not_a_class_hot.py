# As except_clause_not_a_class.py, in a function called often enough to run as the
# second tier's host code before the clause meets a test that is not a class.
def parse(text, also):
    try:
        return int(text)
    except (ValueError,
            also):
        return None


total = 0
for i in range(3000):
    total += parse(str(i) if i % 3 else "x", KeyError) or 0
print(total)
parse("x", 42)
