import textwrap

w = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="  ", max_lines=3,
                         placeholder=" [more]")
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."
print("\n".join(w.wrap(text)))
w2 = textwrap.TextWrapper(width=15, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=False)
print(w2.wrap("a\tb\tc  d e f g h i j"))
w3 = textwrap.TextWrapper(width=12, break_on_hyphens=True)
print(w3.wrap("well-known state-of-the-art"), textwrap.TextWrapper(width=12, break_on_hyphens=False).wrap("well-known state-of-the-art"))
print(textwrap.fill("One. Two.  Three", 40, fix_sentence_endings=True))
