# kind 1: rebinding and deleting attributes of the math module, then checking a second sandbox
import math
math.pi = 3
math.sqrt = abs
del math.gcd
math.__dict__['factorial'] = None
math.__name__ = 'hacked'
