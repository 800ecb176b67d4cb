# kind 2: __str__ calling str(self): recursion while the host formats
class E(Exception):
    def __str__(self):
        return str(self)
raise E()
