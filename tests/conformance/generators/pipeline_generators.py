def read_lines():
    text = "alpha 3\nbeta 5\n# comment\ngamma 2\n\ndelta 7"
    for line in text.split("\n"):
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip() and not l.startswith("#"))
def parse(lines):
    for l in lines:
        name, num = l.split()
        yield name, int(num)
def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, n, total
for row in running_total(parse(non_empty(read_lines()))):
    print(*row)
print(max(parse(non_empty(read_lines())), key=lambda p: p[1]))
