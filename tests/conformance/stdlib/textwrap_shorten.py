import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder="..."))
try:
    textwrap.shorten("abc def", 3, placeholder=" [...]")
except ValueError as error:
    print("ValueError", error)
print(textwrap.shorten("", 10), textwrap.shorten("   spaced   out   ", 20))
