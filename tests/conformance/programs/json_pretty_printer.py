def dumps(obj, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        esc = obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [inner + dumps(v, indent + step, step) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f"{inner}{dumps(str(k))}: {dumps(v, indent + step, step)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"not serializable: {type(obj).__name__}")
doc = {
    "name": "widget",
    "tags": ["a", "b"],
    "price": 9.99,
    "stock": None,
    "active": True,
    "dims": {"w": 10, "h": 2.5, "notes": 'say "hi"\nbye'},
    "empty": [[], {}],
}
print(dumps(doc))
print(dumps([1, [2, [3]]], step=4))
dumps({"bad": {1, 2}})
