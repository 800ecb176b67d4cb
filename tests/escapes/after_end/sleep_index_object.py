# kind 6: time.sleep with an object whose __index__/__float__ loop forever
import time
class N:
    def __float__(self):
        while True:
            pass
    __index__ = __float__
time.sleep(N())
