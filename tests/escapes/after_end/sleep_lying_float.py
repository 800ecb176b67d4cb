# kind 6: time.sleep with a float subclass that lies about its value
import time
class F(float):
    def __float__(self):
        return 10.0 ** 9
    def __gt__(self, other):
        return False
    def __lt__(self, other):
        return True
    def __le__(self, other):
        return True
    def __ge__(self, other):
        return False
    def __bool__(self):
        return False
time.sleep(F(0.01))
