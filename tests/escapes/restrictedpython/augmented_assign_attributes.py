# RestrictedPython _inplacevar_/_write_ guards: augmented assignment on attributes and items of builtin objects
for stmt in ('int.x += 1', 'print.__name__ += "x"', '[].__class__.copy += 1', 'type.__dict__["x"] = 1', '(1).real += 1', 'ValueError.args += ()', '__builtins__["len"] += 1'):
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__)
