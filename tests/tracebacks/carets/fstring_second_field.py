# A failing field of an f-string that has several.
name = "box"
label = f"{name}: {len(name) / 0:.2f}"
