def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = (x + dx, y + dy)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    g = step(g)
print(render(g, 6, 6))
print(sorted(g) == sorted((x + 1, y + 1) for x, y in glider))
blinker = {(1, 0), (1, 1), (1, 2)}
print(render(step(blinker), 3, 3))
print(step(step(blinker)) == blinker)
pop = [len(g)]
r = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
for _ in range(30):
    r = step(r)
    pop.append(len(r))
print(pop)
