class Temp:
    @property
    def value(self):
        return 1

    @value.setter
    def value(self, v):
        if v < 0:
            raise ValueError("negative")


t = Temp()
t.value = -5
