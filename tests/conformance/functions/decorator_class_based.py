class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)
@CountCalls
def hello(name):
    return "hello " + name
print(hello("a"), hello("b"))
print(hello.count, type(hello).__name__)
def with_state(fn):
    fn.calls = []
    def wrapper(x):
        fn.calls.append(x)
        return fn(x)
    wrapper.inner = fn
    return wrapper
@with_state
def double(x):
    return 2 * x
print(double(1), double(5), double.inner.calls)
