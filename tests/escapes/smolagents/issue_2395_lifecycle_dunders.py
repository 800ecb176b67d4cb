# smolagents issue 2395: objects with __del__/__eq__/__hash__/__getattribute__ left in the state as time bombs for the host
class Bomb:
    def __del__(self):
        while True:
            pass
    def __eq__(self, other):
        while True:
            pass
    def __hash__(self):
        while True:
            pass
    def __getattribute__(self, name):
        while True:
            pass
    def __repr__(self):
        while True:
            pass
    def __bool__(self):
        while True:
            pass
state = Bomb()
items = [Bomb(), {'k': Bomb()}]
Bomb()
