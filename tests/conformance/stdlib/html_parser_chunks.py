from html.parser import HTMLParser

class Positions(HTMLParser):
    def __init__(self):
        super().__init__()
        self.seen = []

    def handle_starttag(self, tag, attrs):
        self.seen.append(("start", tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.seen.append(("end", tag, self.getpos()))

    def handle_data(self, data):
        self.seen.append(("data", data, self.getpos()))

doc = "<div id='x'>\n  <span>one\ntwo</span>\n  <em>three &amp; four</em>\n</div>\n"

# The same events whether the document arrives whole or a few characters at a time.
whole = Positions()
whole.feed(doc)
whole.close()
for size in (1, 3, 7):
    chunked = Positions()
    for start in range(0, len(doc), size):
        chunked.feed(doc[start : start + size])
    chunked.close()
    merged = []
    for event in chunked.seen:
        if merged and event[0] == "data" and merged[-1][0] == "data":
            merged[-1] = ("data", merged[-1][1] + event[1], merged[-1][2])
        else:
            merged.append(event)
    print(size, [e[:3] for e in merged] == [e[:3] for e in whole.seen])
for event in whole.seen:
    print(event)

# get_starttag_text and reset.
class Raw(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("raw", repr(self.get_starttag_text()))

raw = Raw()
raw.feed("<a  href = 'x'\n  data-x=1>text</a><input disabled>")
raw.reset()
raw.feed("<b>")
raw.close()
