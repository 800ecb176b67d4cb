def stub():
    pass
class Empty:
    pass
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
print(stub(), Empty.__name__, _)
def only_doc():
    "just a docstring"
print(only_doc(), only_doc.__doc__)
def ellipsis_body(): ...
print(ellipsis_body())
x = 1; y = 2; print(x + y)
if x: print("inline if")
for c in "ab": print(c, end=" ")
print()
