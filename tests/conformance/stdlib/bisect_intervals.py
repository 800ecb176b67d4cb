import bisect

starts = [0, 10, 25, 40]
names = ["intro", "body", "appendix", "index"]


def section(page):
    i = bisect.bisect_right(starts, page) - 1
    return names[i] if i >= 0 else None


print([section(p) for p in [-1, 0, 9, 10, 24, 25, 39, 40, 100]])
sorted_list = []
for value in [50, 20, 70, 20, 10]:
    bisect.insort_right(sorted_list, value)
print(sorted_list, bisect.bisect_left(sorted_list, 20), bisect.bisect_right(sorted_list, 20))
