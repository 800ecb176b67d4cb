def a():
    def b():
        def c():
            return [][0]
        return c()
    return b()


a()
