import html

rows = [("Widget <small>", 3, "ok"), ("Gadget & Co", 10, "low stock"), ('"Quote"', 0, "out")]
out = ["<table>"]
for name, qty, status in rows:
    cells = "".join(f"<td>{html.escape(str(v))}</td>" for v in (name, qty, status))
    out.append(f"  <tr>{cells}</tr>")
out.append("</table>")
page = "\n".join(out)
print(page)
print(html.unescape(page).count("<"), page.count("&lt;"))
