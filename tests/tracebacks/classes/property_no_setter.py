class Temp:
    @property
    def value(self):
        return 1


t = Temp()
t.value = 3
