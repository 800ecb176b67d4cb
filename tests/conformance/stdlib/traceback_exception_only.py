# traceback.format_exception_only for the messages an error reporter shows: built-in and
# custom exceptions, empty and odd messages, qualified module names and notes.
import json
import traceback


class AppError(Exception):
    pass


class CodedError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


errors = [
    ValueError("bad value"),
    KeyError("missing"),
    KeyError(),
    AppError(),
    AppError("two", "args"),
    CodedError(404, "not found"),
    ZeroDivisionError("division by zero"),
    OSError(2, "No such file"),
    StopIteration(5),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    SystemExit(3),
    Exception("multi\nline"),
]
for error in errors:
    print(traceback.format_exception_only(type(error), error), end=" | ")
    print(traceback.format_exception_only(error)[-1], end="")

try:
    json.loads("{bad json}")
except json.JSONDecodeError as exc:
    print(traceback.format_exception_only(exc)[-1], end="")
    print(type(exc).__module__, type(exc).__qualname__)

noted = ValueError("with notes")
noted.add_note("first note")
noted.add_note("second note")
print(traceback.format_exception_only(noted))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("cannot print")


print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(None, None), traceback.format_exception_only(ValueError, None))
