import difflib

a = ["line one", "line two", "line three"]
b = ["line one", "line 2", "line three", "line four"]
table = difflib.HtmlDiff(wrapcolumn=20).make_table(a, b, "a.txt", "b.txt", context=True, numlines=1)
print(len(table.splitlines()))
print([line for line in table.splitlines() if "diff_chg" in line or "diff_add" in line][:4])
for line in difflib.diff_bytes(difflib.unified_diff, [b"x\n", b"y\n"], [b"x\n", b"z\n"], b"a", b"b"):
    print(line)
print(list(difflib._mdiff(a, b))[:2])
