from html.parser import HTMLParser

class LinkExtractor(HTMLParser):
    """Collects links, headings and the visible text of a page."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.headings = []
        self.text = []
        self._in_heading = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append((attrs["href"], attrs.get("title")))
        elif tag in ("h1", "h2", "h3"):
            self._in_heading = [tag, ""]
        elif tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if self._in_heading and tag == self._in_heading[0]:
            self.headings.append(tuple(self._in_heading))
            self._in_heading = None
        elif tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_heading:
            self._in_heading[1] += data
        if data.strip():
            self.text.append(" ".join(data.split()))

page = """
<html><head><style>p { color: red; }</style>
<script>if (a < b && c > d) { document.write("<p>no</p>"); }</script></head>
<body>
  <h1>Welcome &mdash; home</h1>
  <p>See <a href="/docs?page=1&amp;lang=en" title="Docs">the docs</a>,
     or <a href='https://example.org/x y'>an example</a>.</p>
  <h2>News</h2>
  <ul><li><a href=/news/1>First</a></li><li><a>no link</a></li></ul>
</body></html>
"""
extractor = LinkExtractor()
extractor.feed(page)
extractor.close()
for link in extractor.links:
    print("link", link)
for heading in extractor.headings:
    print("heading", heading)
print(" | ".join(extractor.text))
