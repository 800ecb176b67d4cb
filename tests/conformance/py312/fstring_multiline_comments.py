a, b = 3, 4
msg = f"result: {
    a
    + b  # comment inside replacement field
}"
print(msg)
data = {"k": [1, 2, 3]}
print(f"{
    sum(
        data["k"]
    )
}")
print(f"{"\\"}", f"{"\t".join("ab")!r}")
width = 8
print(f"{"x":>{width}}|{"y":^{width - 2}}|")
print(f"{a=}, {b = }, {a * b = :>5}")
