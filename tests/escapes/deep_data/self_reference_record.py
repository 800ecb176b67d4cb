# kind 8: deep data across the boundary: record(d)
d = {}
d['d'] = d
record(d)
