import html

for text in ["<a href='x'>Tom & Jerry</a>", '"quoted"', "plain", "&amp; already"]:
    print(html.escape(text), html.escape(text, quote=False))
print(html.unescape("&lt;p&gt;caf&eacute; &amp; cr&egrave;me &#169; &#x263A; &notanentity; &amp"))
print(html.unescape("&nbsp;|&NotEqualTilde;|&#0;|&#x110000;|&#128;"))
print(html.unescape(html.escape("<>&\"'")) == "<>&\"'")
print(html.escape("a" * 3 + "<" * 3))
for code in ["&#65;", "&#x41;", "&#0065;", "&#9999999;"]:
    print(code, repr(html.unescape(code)))
