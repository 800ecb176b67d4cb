import difflib

first = ["one\n", "two\n", "three\n", "four score\n"]
second = ["one\n", "tree\n", "three\n", "for score\n", "five\n"]
diff = list(difflib.ndiff(first, second))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
differ = difflib.Differ()
print("".join(differ.compare(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])), end="")
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"), difflib.IS_LINE_JUNK("  #  \n"))
