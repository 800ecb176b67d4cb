print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("x", "y"))
print("{name}-{n:03d}".format(name="id", n=7))
print("{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]}".format(d={"key": "val"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:,} {:b}".format(2 / 3, 10 ** 6, 10))
print("{!r} {!s}".format("q", "q"))
print("{:{}{}}".format(5, ">", 6) + "|")
print("{{}} {}".format("x"))
print("{0:{1}}|".format("pad", 6))
fmt = "{a} + {b} = {c}"
print(fmt.format(a=1, b=2, c=3))
print("{}".format(3.0), "{:g}".format(3.0))
print(format(0.5, ".0%"), format(12, "#b"))
