import keyword

print(sorted(keyword.__all__))
print(keyword.kwlist == sorted(keyword.kwlist))
print([k for k in keyword.kwlist if k[0].isupper()])
print(keyword.iskeyword("If"), keyword.iskeyword(""))
print(len(keyword.kwlist) == len(set(keyword.kwlist)))
print(sorted(k for k in keyword.kwlist if len(k) <= 2))
print(sorted(k for k in keyword.kwlist if "_" in k))
print([k for k in ("try", "except", "finally", "raise") if keyword.iskeyword(k)])
