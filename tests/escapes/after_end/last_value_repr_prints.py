# kind 6: the last expression's __repr__ prints and calls a capability
class R:
    def __repr__(self):
        print('ESCAPED: repr printed after the end')
        record('repr')
        return 'R'
R()
