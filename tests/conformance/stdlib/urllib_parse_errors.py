from urllib.parse import urlparse, urlsplit, urlencode, parse_qsl

# Bad ports and hosts surface when the attribute is read, as in CPython.
for url in ["http://example.com:99999/", "http://example.com:-1/", "http://example.com:abc/", "http://example.com:/"]:
    parts = urlsplit(url)
    try:
        print(url, "port", parts.port)
    except ValueError:
        print(url, "ValueError")

for url in ["http://[::1/", "http://::1]/", "http://[not-an-ip]/"]:
    try:
        print(url, urlsplit(url).hostname)
    except ValueError:
        print(url, "ValueError")

try:
    urlparse("http://example.com", b"https")
except TypeError:
    print("TypeError mixing str and bytes")

# A small API client builds its URLs, then meets a base URL with a bad port.
def endpoint(base, path, **params):
    parts = urlsplit(base)
    query = urlencode(sorted(params.items()))
    port = parts.port or {"http": 80, "https": 443}[parts.scheme]
    return f"{parts.scheme}://{parts.hostname}:{port}{parts.path.rstrip('/')}/{path}?{query}"

print(endpoint("https://api.example.com/v1/", "users", page=2, sort="name"))
print(endpoint("http://localhost:8000", "items", q="a b"))
print(parse_qsl("page=2&sort=name"))
print(endpoint("https://api.example.com:70000/v1", "users", page=1))
