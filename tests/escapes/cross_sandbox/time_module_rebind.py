# kind 1: rebinding time.time/sleep/monotonic and struct_time's class attributes
import time
time.time = lambda: 0
time.sleep = print
time.monotonic = None
for name in ('n_fields', 'tm_year', '__repr__'):
    try:
        setattr(time.struct_time, name, 0)
    except Exception as e:
        print(name, type(e).__name__)
