students = [
    {"name": "Ann", "scores": [88, 92, 79]},
    {"name": "Ben", "scores": [65, 70, 58]},
    {"name": "Cat", "scores": [95, 98, 100]},
    {"name": "Dan", "scores": [72, 85, 80]},
    {"name": "Eve", "scores": []},
]
def letter(avg):
    for cutoff, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return g
    return "F"
def summarize(s):
    if not s["scores"]:
        return None
    avg = sum(s["scores"]) / len(s["scores"])
    return {"name": s["name"], "avg": round(avg, 2), "grade": letter(avg), "best": max(s["scores"])}
rows = [r for r in map(summarize, students) if r]
print(f"{'Name':<6}{'Avg':>7}{'Best':>6}  Grade")
for r in sorted(rows, key=lambda r: -r["avg"]):
    print(f"{r['name']:<6}{r['avg']:>7.2f}{r['best']:>6}  {r['grade']}")
dist = {}
for r in rows:
    dist[r["grade"]] = dist.get(r["grade"], 0) + 1
print(dict(sorted(dist.items())))
print("missing scores:", [s["name"] for s in students if not s["scores"]])
class_avg = sum(r["avg"] for r in rows) / len(rows)
print(f"class average {class_avg:.3f}")
