import keyword


def safe_name(name):
    """A valid identifier for ``name``: keywords get a trailing underscore."""
    cleaned = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
    if not cleaned or cleaned[0].isdigit():
        cleaned = "_" + cleaned
    return cleaned + "_" if keyword.iskeyword(cleaned) else cleaned


for raw in ["class", "my-field", "2nd", "for", "ok", "with space", "import", "yield"]:
    print(repr(raw), "->", safe_name(raw))
