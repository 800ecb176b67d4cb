import keyword

print(len(keyword.kwlist) > 30, keyword.kwlist[:5])
print(sorted(keyword.softkwlist)[:3])
for word in ["if", "match", "print", "None", "async", "_", "lambda", "True", "case", "type"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
print("async" in keyword.kwlist, "match" in keyword.softkwlist)
print(all(w.isidentifier() for w in keyword.kwlist))
print(keyword.iskeyword("IF"), keyword.issoftkeyword("MATCH"))
print(len(keyword.softkwlist) >= 3)
