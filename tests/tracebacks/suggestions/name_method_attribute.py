class Box:
    def __init__(self):
        self.size = 3

    def double(self):
        return size * 2


Box().double()
