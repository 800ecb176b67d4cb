class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValidationError("name", "required"))
    if user.get("age", 0) < 0:
        errors.append(ValidationError("age", "negative"))
    if errors:
        raise errors[0]
    return True
for u in [{"name": "a", "age": 3}, {"age": 1}, {"name": "b", "age": -2}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("invalid", e.field, e.problem, str(e), e.args)
class WithDefault(Exception):
    code = 500
class Sub(WithDefault):
    code = 404
print(WithDefault().code, Sub().code, Sub("m").args)
raise Sub("not found")
