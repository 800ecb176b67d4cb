class K:
    def __eq__(self, other):
        return self.key == other.key


K() == 3
