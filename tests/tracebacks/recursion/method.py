class Walker:
    def walk(self, n):
        return self.walk(n + 1)


Walker().walk(0)
