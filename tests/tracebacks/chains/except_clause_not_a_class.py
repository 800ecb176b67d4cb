# An except clause whose test is not an exception class: the TypeError points at the
# clause (its span runs to the end of the clause's body), not at the try.
def parse(text, also):
    try:
        return int(text)
    except (ValueError,
            also):
        return None


parse("x", 42)
