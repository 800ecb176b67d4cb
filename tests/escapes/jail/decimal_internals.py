# jail: look for host objects inside the sandbox's decimal module (contexts, signals, caches)
import decimal
seen = []
for name, value in sorted(vars(decimal).items()):
    seen.append((name, type(value).__name__))
ctx = decimal.getcontext()
print(seen[:5], type(ctx).__mro__, type(ctx.flags), list(ctx.traps)[:2])
d = decimal.Decimal("1.5")
print(d.__reduce__(), type(d).__mro__, d.__class__.__dict__.get("__slots__"))
print(decimal.Decimal.__new__, decimal._HOST_BOUNDS if hasattr(decimal, "_HOST_BOUNDS") else None)
for attr in ["_sign", "_coef", "_exp"]:
    print(attr, getattr(d, attr))
