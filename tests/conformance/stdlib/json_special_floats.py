import json

print(json.dumps([float("inf"), float("-inf")]))
print(json.dumps(float("nan")))
for value in ([float("nan")], {"x": float("inf")}):
    try:
        json.dumps(value, allow_nan=False)
    except ValueError as error:
        print("ValueError")
back = json.loads("[NaN, Infinity, -Infinity]")
print([repr(x) for x in back])
print(json.dumps([0.1, 1 / 3, 2.0, 1e-7, 123456789.125]))
print(json.dumps(10**30), json.dumps(-(2**63)))
