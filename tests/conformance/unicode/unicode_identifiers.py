café = 3
naïve_count = 4
π = 3.14159
Δx = 0.5
print(café + naïve_count, round(π * 2, 3), Δx * 2)
def größe(länge, breite):
    return länge * breite
print(größe(3, 4))
class Straße:
    名前 = "street"
    def __init__(self):
        self.länge = 10
s = Straße()
print(s.名前, s.länge, type(s).__name__)
données = {"clé": "valeur", "ключ": "значение"}
for k, v in données.items():
    print(k, "=>", v)
print(sorted(n for n in dir(s) if not n.startswith("__")))
