# kind 4: a memory bomb: random.randbytes(10 ** 9)
import random
random.randbytes(10 ** 9)
