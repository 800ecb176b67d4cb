# kind 1: rebinding random's functions and seeding its shared instance
import random
random.seed(1)
random.random = lambda: 0.5
random.seed = None
random.choice = lambda s: 'hacked'
try:
    random._inst.random = lambda: 0.5
except Exception as e:
    print(type(e).__name__)
