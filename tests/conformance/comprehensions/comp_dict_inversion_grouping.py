grades = {"ann": "A", "bob": "B", "cy": "A", "di": "C", "ed": "B"}
by_grade = {g: sorted(n for n, g2 in grades.items() if g2 == g) for g in sorted(set(grades.values()))}
print(by_grade)
lengths = {n: len(n) for n in grades}
print({l: [n for n in lengths if lengths[n] == l] for l in sorted(set(lengths.values()))})
pairs = [(a, b) for a in grades for b in grades if a < b and grades[a] == grades[b]]
print(pairs)
print({k.upper(): v.lower() for k, v in grades.items() if v != "C"})
counts = {g: sum(1 for v in grades.values() if v == g) for g in "ABC"}
print(counts, max(counts, key=counts.get))
