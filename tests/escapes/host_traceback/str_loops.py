# kind 2/6: __str__ that never returns, called when the run has ended
class E(Exception):
    def __str__(self):
        while True:
            pass
raise E()
