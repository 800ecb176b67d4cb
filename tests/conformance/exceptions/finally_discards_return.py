# A break, continue or exception leaving a finally block discards the pending return.

def nested_finally_continue():
    for i in range(2):
        try:
            try:
                pass
            finally:
                try:
                    pass
                finally:
                    return 42
        finally:
            continue

def return_then_continue():
    for i in range(3):
        try:
            return i
        finally:
            continue

def return_then_raise():
    try:
        try:
            return 1
        finally:
            raise ValueError("from finally")
    except ValueError as e:
        print("caught", e)

def handler_return_then_continue():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError:
            return "from handler"
        finally:
            continue

def generator_return_discarded():
    for i in range(2):
        try:
            return "value"
        finally:
            continue
    yield "after loop"


print(nested_finally_continue())
print(return_then_continue())
print(return_then_raise())
print(handler_return_then_continue())
gen = generator_return_discarded()
print(next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("stop value", stop.value)
