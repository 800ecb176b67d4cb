# f-string debug fields (=): comments in the field are left out of the text, and a
# top-level != shows as CPython shows it (3.12-3.13 stop at its "!", 3.14 does not).
x, y = 1, 2
print(f"""{x  # the first
 + 1=}""")
print(f"""{x # a 'quoted' "comment" {
 + y = !r:>{y + 2}}""")
print(f"""{
    [x,  # one
     y]  # two
=}""")
print(f"{x != y=}")
print(f"{x != y = }")
print(f"{(x != y)=}")
print(f"{x == y=}", f"{x <= y=}")
text = "#not a comment"
print(f"""{text  # a comment
 + "!"=}""")
