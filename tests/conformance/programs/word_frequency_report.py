TEXT = """
Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor
incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud
exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat dolor sit
"""
def report(text, top=5):
    words = text.split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print(f"words={len(words)} unique={len(counts)}")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max(len(w) for w, _ in ranked[:top])
    for w, c in ranked[:top]:
        print(f"{w:<{width}} | {'#' * c} {c}")
    by_len = {}
    for w in counts:
        by_len.setdefault(len(w), []).append(w)
    for n in sorted(by_len)[-3:]:
        print(n, sorted(by_len[n]))
    return ranked
r = report(TEXT)
print(r[-1], sum(c for _, c in r))
if __name__ == "__main__":
    print("letters:", sorted(set("".join(TEXT.split())))[:10])
