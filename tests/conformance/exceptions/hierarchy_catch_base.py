cases = [lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x"),
         lambda: None.attr, lambda: len(5), lambda: undefined_name]
for c in cases:
    try:
        c()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError", type(e).__name__)
    except Exception as e:
        print("Exception", type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(FileNotFoundError, OSError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(IndentationError, SyntaxError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
