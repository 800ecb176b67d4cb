def score(rolls):
    total, i = 0, 0
    frames = []
    for frame in range(10):
        if rolls[i] == 10:
            pts = 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            pts = 10 + rolls[i + 2]
            i += 2
        else:
            pts = rolls[i] + rolls[i + 1]
            i += 2
        total += pts
        frames.append(total)
    return total, frames
games = {
    "perfect": [10] * 12,
    "gutter": [0] * 20,
    "spares": [5, 5] * 10 + [5],
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
}
for name, rolls in games.items():
    t, frames = score(rolls)
    print(f"{name:<8} {t:>3} {frames}")
try:
    score([1, 2])
except IndexError:
    print("IndexError: incomplete game")
