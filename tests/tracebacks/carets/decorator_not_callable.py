registry = {}


@registry
def handler():
    pass
