class managed:
    def __init__(self, gen_fn, *args):
        self.gen = gen_fn(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            next(self.gen, None)
            return False
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        return False
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled in generator", e)
    finally:
        print("close", name)
with managed(opened, "a") as v:
    print("using", v)
with managed(opened, "b") as v:
    raise KeyError("k")
print("after suppressed")
try:
    with managed(opened, "c"):
        raise ValueError("v")
except ValueError:
    print("ValueError propagated")
