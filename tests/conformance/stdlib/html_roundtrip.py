import html

samples = ["a < b", "x & y", "'single'", "\"double\"", "tab\there", "日本 & ü"]
for sample in samples:
    escaped = html.escape(sample)
    print(repr(escaped), html.unescape(escaped) == sample)
print(html.unescape("&#60;&#x3C;&#X3c;&lt"))
print(html.unescape("&amp;lt;"), html.escape(html.escape("<")))
print(html.unescape("&AMP; &LT; &GT;"))
print(html.unescape("&amp;amp;"))
