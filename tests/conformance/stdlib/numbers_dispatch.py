import numbers


def describe(x):
    if isinstance(x, numbers.Integral):
        return f"integral {x}"
    if isinstance(x, numbers.Rational):
        return f"rational {x}"
    if isinstance(x, numbers.Real):
        return f"real {x:.2f}"
    if isinstance(x, numbers.Complex):
        return f"complex {x.real}+{x.imag}j"
    return "not a number"


print([describe(v) for v in [3, 2.5, 1 + 2j, "x", False]])
