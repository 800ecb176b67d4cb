import re

URL = re.compile(r"""
    ^(?P<scheme>[a-z][a-z0-9+.-]*)://
    (?:(?P<user>[^:@/]+)(?::(?P<password>[^@/]*))?@)?
    (?P<host>\[[0-9a-f:]+\]|[^:/?#]+)
    (?::(?P<port>\d+))?
    (?P<path>/[^?#]*)?
    (?:\?(?P<query>[^#]*))?
    (?:\#(?P<fragment>.*))?$
""", re.X | re.I)
for url in ["https://example.com", "http://user:pw@host.org:8080/a/b?x=1&y=2#top",
            "ftp://[::1]:21/file", "HTTPS://Example.COM/path/", "not a url", "mailto://a@b"]:
    m = URL.match(url)
    if not m:
        print(url, "-> no match")
        continue
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    print(url, "->", parts)
    if parts.get("query"):
        print("   query:", re.findall(r"([^&=]+)=([^&]*)", parts["query"]))
