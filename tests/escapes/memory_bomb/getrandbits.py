# kind 4: a memory bomb: random.getrandbits(10 ** 10)
import random
random.getrandbits(10 ** 10)
