import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W*)", "...words..."))
print(re.split(r"\b", "a b"), re.split(r"", "abc"))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.split(r"\s*[;,]\s*", "red ; green,blue ,  yellow"))
print(re.split(r"(?m)^-+$\n?", "a\n---\nb\n-\nc"))
csvish = 'name,"Smith, John",42,,end'
print(re.findall(r'"([^"]*)"|([^,]+)|(?<=,)(?=,)', csvish))
print(re.compile(r"\d").split("a1b2c3d", 2))
print(re.split(rb",", b"a,b,,c"))
