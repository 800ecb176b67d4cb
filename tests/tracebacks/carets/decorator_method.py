def check(fn):
    return fn.missing


class Service:
    @check
    def run(self):
        pass
