import html.entities

print(html.entities.name2codepoint["eacute"], html.entities.codepoint2name[233])
print(html.entities.html5["amp;"], html.entities.html5["lt"], len(html.entities.html5) > 2000)
print(sorted(k for k in html.entities.name2codepoint if k.startswith("ae")))
print(html.entities.entitydefs["copy"])
print(html.entities.name2codepoint["Omega"], chr(html.entities.name2codepoint["hearts"]))
print(len(html.entities.codepoint2name) == len(html.entities.name2codepoint))
print(sorted(k for k, v in html.entities.html5.items() if v == "&")[:4])
print(html.entities.html5["NotEqualTilde;"])
