class Desc:
    def __get__(self, obj, owner):
        raise LookupError("descriptor failed")


class H:
    d = Desc()


H().d
