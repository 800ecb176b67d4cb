def apply(fn, values):
    out = []
    for v in values:
        out.append(fn(v))
    return out


def parse(v):
    return int(v)


apply(parse, ["1", "2", "three"])
