class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else None)
        print("value:", repr(ev))
        print("tb present:", tb is not None)
        return isinstance(ev, ArithmeticError)
with Inspect():
    print("no error")
with Inspect():
    1 / 0
print("division suppressed")
try:
    with Inspect():
        raise ValueError("v")
except ValueError:
    print("ValueError propagated")
with Inspect():
    float("inf") > 0
    raise OverflowError("big")
print("end")
