import html

print(html.escape(""))
print(html.unescape(""))
print(html.escape("&", quote=True), html.unescape("&#38;"))
for text in ["<", "&", "\"", "'"]:
    print(text, html.escape(text))
print(html.escape("<<"))
html.unescape(5)
