class Base:
    def __init_subclass__(cls, **kw):
        raise TypeError(f"cannot subclass {cls.__name__}")


class Child(Base):
    pass
