class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, f"{what} not found")
        self.what = what
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.what, e.args)
print(repr(AppError(1, "x")), str(AppError(2, "y")))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
e = NotFound("file")
print(isinstance(e, BaseException), e.args)
raise NotFound("thing")
