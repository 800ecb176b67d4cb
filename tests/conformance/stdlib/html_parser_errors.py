from html.parser import HTMLParser

class Echo(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_endtag(self, tag):
        print("end", tag)

    def handle_data(self, data):
        print("data", repr(data))

# Sloppy markup is reported as well as it can be, never refused.
parser = Echo()
for piece in ["<p>unclosed <b>bold", "</i>stray end</p>", "<a href=x>1 < 2</a>", "<p =bad>text"]:
    print("feed", repr(piece))
    parser.feed(piece)
parser.close()

# The base class ignores every event.
base = HTMLParser()
base.feed("<x>ignored</x>")
base.close()
print("base done", base.getpos())

# Only text can be fed.
parser = Echo()
parser.feed("<ok>")
parser.feed(b"<bytes>")
