# kind jail: host helpers that must not exist or must be harmless (breakpoint, help, exit, quit, license, copyright, credits, open)
for name in ('breakpoint', 'help', 'exit', 'quit', 'license', 'copyright', 'credits', 'open', 'memoryview', 'globals', '__loader__', '__spec__', '__file__', '__build_class__', '__debug__'):
    try:
        v = eval(name)
        if callable(v) and name not in ('globals', '__build_class__', 'memoryview'):
            v()
    except BaseException as e:
        print(name, type(e).__name__)
