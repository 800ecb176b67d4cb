import difflib

matcher = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(matcher.ratio(), matcher.quick_ratio(), matcher.real_quick_ratio())
print(matcher.get_matching_blocks())
for tag, i1, i2, j1, j2 in matcher.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
matcher = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(matcher.ratio(), 3))
print(matcher.find_longest_match(0, 29, 0, 38))
matcher.set_seqs([1, 2, 3, 4], [2, 3, 5])
print(matcher.get_opcodes())
print(list(matcher.get_grouped_opcodes(1)))
print(difflib.SequenceMatcher(None, "", "").ratio())
matcher = difflib.SequenceMatcher(a="aaaa" * 60, b="a" * 200, autojunk=True)
print(len(matcher.get_matching_blocks()), matcher.bpopular == set(), round(matcher.ratio(), 4))
