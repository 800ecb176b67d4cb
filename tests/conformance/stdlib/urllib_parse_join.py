from urllib.parse import urljoin

# The reference resolution examples of RFC 3986, section 5.4.
base = "http://a/b/c/d;p?q"
normal = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
          "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g"]
abnormal = ["../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
            "g#s/./x", "g#s/../x", "http:g"]
for ref in normal + abnormal:
    print(f"{ref!r:16} -> {urljoin(base, ref)}")

print(urljoin("https://example.com/docs/", "guide/intro.html"))
print(urljoin("https://example.com/docs", "guide/intro.html"))
print(urljoin("https://example.com/a/b", "https://other.org/c"))
print(urljoin("https://example.com/a/b", "//cdn.example.com/x.js"))
print(urljoin("https://example.com/a/b", "../../../../up"))
print(urljoin("https://example.com/a/b", "#top", allow_fragments=False))
print(urljoin("", "relative"), urljoin("relative", ""))
print(urljoin(b"http://a/b/", b"c"))
