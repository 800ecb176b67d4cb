import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
for width in (20, 35, 60):
    print(textwrap.fill(text, width))
    print("-" * width)
print(textwrap.wrap("short", 10), textwrap.wrap("", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.fill("a " * 10, 5))
