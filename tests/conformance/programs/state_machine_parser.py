def parse_csv_line(line):
    fields, cur, state = [], [], "start"
    for ch in line:
        if state in ("start", "field"):
            if ch == '"' and state == "start":
                state = "quoted"
            elif ch == ",":
                fields.append("".join(cur)); cur = []; state = "start"
            else:
                cur.append(ch); state = "field"
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                cur.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                cur.append('"'); state = "quoted"
            elif ch == ",":
                fields.append("".join(cur)); cur = []; state = "start"
            else:
                raise ValueError(f"bad char {ch!r} after quote")
    if state == "quoted":
        raise ValueError("unterminated quote")
    fields.append("".join(cur))
    return fields
rows = ['a,b,c', '"hello, world",2,3', '"say ""hi""",,end', '', 'x,"",y']
for r in rows:
    print(parse_csv_line(r))
table = [parse_csv_line(r) for r in ['name,age', 'ann,30', '"smith, bob",41']]
header, *data = table
print([dict(zip(header, d)) for d in data])
for bad in ['"open', '"a"b']:
    try:
        parse_csv_line(bad)
    except ValueError as e:
        print("ValueError:", e)
