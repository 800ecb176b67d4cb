# kind 8: deep data across the boundary: f(-1)
import functools
f = abs
for i in range(10_000):
    f = functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(functools.partial(f))))))))))))))))))))
f(-1)
