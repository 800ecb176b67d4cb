people = [("ann", 31, "nyc"), ("bob", 17, "sf"), ("cy", 45, "nyc"), ("di", 22, "la"), ("ed", 15, "nyc")]
adults = [n for n, a, _ in people if a >= 18]
print(adults)
by_city = {c: [n for n, _, c2 in people if c2 == c] for c in sorted({p[2] for p in people})}
print(by_city)
print({n: ("adult" if a >= 18 else "minor") for n, a, _ in people})
print([n.title() for n, a, c in people if c == "nyc" and a > 20])
ages = [a for *_, a in [(p[0], p[2], p[1]) for p in people]]
print(ages, sum(ages) / len(ages))
print(sorted(people, key=lambda p: (p[2], -p[1]))[0])
