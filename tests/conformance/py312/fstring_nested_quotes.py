items = {"apple": 3, "pear": 5}
print(f"{items["apple"]} apples and {items["pear"]} pears")
names = ["ann", "bob"]
print(f"{", ".join(names)}")
print(f"{"nested " + f"{"deep"}"}")
print(f"{'single'} {"double"} {'''triple'''}")
x = 42
print(f"{f"{f"{x}"}"}")
print(f"{"\n".join(["line1", "line2"])}")
print(f"{x:{"<"}{10}}|")
songs = [{"title": "a", "len": 3}, {"title": "b", "len": 4}]
print(f"total {sum(s["len"] for s in songs)} min: {", ".join(s["title"] for s in songs)}")
