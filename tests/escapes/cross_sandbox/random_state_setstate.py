# kind 1: setting random's state to crafted values (a shared generator would leak it)
import random
state = random.getstate()
try:
    random.setstate((3, tuple([0] * 624) + (624,), None))
except Exception as e:
    print(type(e).__name__)
random.seed(12345)
[random.random() for i in range(10)]
