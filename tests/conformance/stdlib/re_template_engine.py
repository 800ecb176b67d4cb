import re

TOKEN = re.compile(r"\{\{\s*(?P<name>[a-z_][\w.]*)\s*(?:\|\s*(?P<filter>\w+))?\s*\}\}|\{%\s*(?P<tag>\w+)\s*(?P<arg>[^%]*?)\s*%\}")
FILTERS = {"upper": str.upper, "title": str.title, "len": lambda v: str(len(v))}


def lookup(context, dotted):
    value = context
    for part in dotted.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def render(template, context):
    def replace(m):
        if m.group("tag"):
            return f"<{m['tag']}:{m['arg']}>"
        value = str(lookup(context, m["name"]))
        if m["filter"]:
            value = FILTERS[m["filter"]](value)
        return value
    return TOKEN.sub(replace, template)


ctx = {"user": {"name": "ada lovelace", "langs": "py"}, "n": 3}
print(render("Hello {{ user.name | title }}! You know {{user.langs|upper}} ({{ n }}).", ctx))
print(render("{% if n %}len={{ user.name|len }}{% endif %}", ctx))
try:
    render("{{ missing }}", ctx)
except KeyError as error:
    print("KeyError", error)
