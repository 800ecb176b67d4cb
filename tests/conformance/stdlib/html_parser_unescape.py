import html
from html.parser import HTMLParser

# html.escape / html.unescape around the parser.
for text in ["a < b & c > d", "\"quoted\" and 'single'", "plain"]:
    escaped = html.escape(text)
    print(repr(escaped), repr(html.escape(text, quote=False)), html.unescape(escaped) == text)
for ref in ["&amp;", "&lt;&gt;", "&eacute;t&eacute;", "&#8364;", "&#x20AC;", "&copy", "&notanentity;", "&#0;", "&#x110000;"]:
    print(ref, repr(html.unescape(ref)))

class TableReader(HTMLParser):
    """Turns the cells of an HTML table into rows."""

    def __init__(self):
        super().__init__()
        self.rows = []
        self._cell = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(self._cell.strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data

reader = TableReader()
reader.feed("""<table><tr><th>Item</th><th>Price</th></tr>
<tr><td>Tea &amp; cake</td><td>&euro;3.50</td></tr>
<tr><td>Caf&eacute;</td><td>2&#46;00</td></tr></table>""")
reader.close()
for row in reader.rows:
    print(row)
total = sum(float(row[1].lstrip("\u20ac")) for row in reader.rows[1:])
print("total", total)
