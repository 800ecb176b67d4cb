class P:
    def __init__(self, x):
        self.x = 10 / x


p = P(0)
