import math
def area(r):
    return math.pi * r * r
def main(argv=None):
    radii = argv or [1, 2, 3]
    for r in radii:
        print(f"r={r} area={area(r):.3f}")
    return sum(area(r) for r in radii)
if __name__ == "__main__":
    total = main()
    print(f"total {total:.2f}")
    main([10])
class App:
    def run(self):
        return self.__class__.__module__
print(App().run(), App.__module__, main.__module__)
