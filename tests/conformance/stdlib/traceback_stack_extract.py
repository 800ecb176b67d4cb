# traceback.extract_stack and format_stack from inside nested calls: the innermost
# frames only (limit), the caller's name and line, and a tiny call-tracing decorator.
import functools
import traceback


def where():
    frame = traceback.extract_stack(limit=2)[0]
    return frame.name, frame.lineno, frame.line


def caller_name():
    return traceback.extract_stack(limit=3)[0].name


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        outer = traceback.extract_stack(limit=2)[0]
        print(f"call {fn.__name__}{args} from {outer.name} line {outer.lineno}")
        return fn(*args)
    return wrapper


@traced
def square(x):
    return x * x


def compute():
    print(where())
    print("inside", caller_name())
    return square(4) + square(5)


def main():
    print(compute())
    stack = traceback.extract_stack(limit=2)
    print([f.name for f in stack], [f.line for f in stack][-1])
    formatted = traceback.format_stack(limit=1)
    print(len(formatted), formatted[0].splitlines()[-1].strip())


main()
print([f.name for f in traceback.extract_stack(limit=1)])
summary = traceback.extract_stack(limit=1)
print(type(summary).__name__, len(summary), summary[0].line)
