import enum


class Status(enum.Enum):
    OK = "ok"
    FAIL = "fail"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status("OK"), Status("Fail"))
match Status.OK:
    case Status.FAIL:
        print("fail")
    case Status.OK:
        print("matched ok")
try:
    class Bad(Status):
        EXTRA = "x"
except TypeError as error:
    print("TypeError", error)
Status(42)
