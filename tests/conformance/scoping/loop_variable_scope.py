for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    j
except NameError:
    print("j never bound")
fs = []
for k in range(3):
    def f():
        return k
    fs.append(f)
print([f() for f in fs])
while True:
    w = "bound in while"
    break
print(w)
if True:
    inside_if = "visible"
print(inside_if)
try:
    inner_try = 1
finally:
    pass
print(inner_try)
class CM:
    def __enter__(self):
        return "cmval"
    def __exit__(self, *a):
        return None
with CM() as val:
    pass
print(val)
