def load(x):
    try:
        return int(x)
    except ValueError as e:
        e.add_note(f"input was {x!r}")
        raise


load("abc")
