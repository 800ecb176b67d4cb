import json

records = [
    {"id": i, "name": f"item{i}", "price": round(i * 1.1, 2), "tags": ["x"] * (i % 3),
     "meta": {"even": i % 2 == 0, "none": None}}
    for i in range(8)
]
text = json.dumps(records, sort_keys=True)
back = json.loads(text)
print(back == records)
print(len(text))
print(json.dumps(back[3], sort_keys=True, indent=1))
nested = [[[[[["deep"]]]]]]
print(json.loads(json.dumps(nested)) == nested)
print(json.loads(json.dumps({"k": float("1.5")})))
