from urllib.parse import urldefrag, urlparse, urlsplit, urlunparse, urlunsplit

urls = [
    "https://user:secret@Example.COM:8443/a/b;type=x?q=1&r=two#frag",
    "http://[2001:db8::1]:8080/path",
    "ftp://ftp.example.org/pub/file.txt",
    "mailto:someone@example.com",
    "//cdn.example.net/lib.js",
    "/relative/path?x=1",
    "file:///etc/hosts",
    "HTTP://example.com",
    "urn:isbn:0451450523",
    "",
]
for url in urls:
    p = urlparse(url)
    print(repr(url))
    print("   ", tuple(p))
    print("    host", p.hostname, "port", p.port, "user", p.username, "pw", p.password)
    print("    round trip", urlunparse(p) == url, repr(p.geturl()))

s = urlsplit("https://example.com/search?q=python#results")
print(s)
print(s._replace(query="q=interp", fragment="").geturl())
print(urlunsplit(("https", "example.com", "/x", "a=1", "top")))
print(urldefrag("https://example.com/page#section-2"))
print(urldefrag("https://example.com/page"))
b = urlparse(b"https://example.com/bytes?x=1")
print(b, b.hostname, b.decode().path)
print(urlsplit("example.com:80"), urlsplit("path", scheme="https"))
print(urlparse("http://a/b", allow_fragments=False), urlparse("http://a/b#c", allow_fragments=False))
