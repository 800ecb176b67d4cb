import difflib
import keyword

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("lamdba", keyword.kwlist, n=1, cutoff=0.5))
commands = ["status", "start", "stop", "restart", "statistics"]
for typo in ["stat", "strat", "rstart", "xyz"]:
    print(typo, difflib.get_close_matches(typo, commands, n=2, cutoff=0.6))
for bad in [(0, 0.5), (3, 1.5)]:
    try:
        difflib.get_close_matches("x", ["x"], *bad)
    except ValueError as error:
        print("ValueError:", error)
