class Parser:
    def parse(self, text):
        return [self.item(t) for t in text.split(",")]

    def item(self, t):
        return int(t)


Parser().parse("1,2,x")
