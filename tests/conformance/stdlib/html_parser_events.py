from html.parser import HTMLParser

class Recorder(HTMLParser):
    """Records every event the parser reports, in order."""

    def __init__(self, **options):
        super().__init__(**options)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_entityref(self, name):
        self.events.append(("entity", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

doc = (
    "<!DOCTYPE html><html lang='en'><head><title>T &amp; C</title></head>"
    "<body class=main id=\"b1\"><p>Caf&eacute; &#233; &#x41; &lt;ok&gt;</p>"
    "<br/><img src='a.png' alt=\"A &quot;pic&quot;\" hidden>"
    "<!-- a comment --><?xml-stylesheet href='s.css'?>"
    "<P CLASS=Upper>Mixed Case</P></body></html>"
)
for convert in (True, False):
    parser = Recorder(convert_charrefs=convert)
    parser.feed(doc)
    parser.close()
    print("convert_charrefs", convert)
    for event in parser.events:
        print("  ", event)
