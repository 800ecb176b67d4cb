# kind 1: changing methods of random.Random, a class shared by every sandbox
import random
for name in ('random', 'seed', 'randint', 'choice', 'getrandbits', '__init__'):
    try:
        setattr(random.Random, name, lambda *a: 4)
    except Exception as e:
        print(name, type(e).__name__)
    try:
        delattr(random.Random, name)
    except Exception as e:
        print(name, type(e).__name__)
