# kind 2: a SyntaxError raised by hand with absurd filename/lineno/offset/text
e = SyntaxError('bad', ('file', 'x', -10**20, 'text' * 100000, 10**20, -5))
try:
    raise e
except SyntaxError:
    pass
e.lineno = 'x'
e.offset = object()
e.text = 5
e.filename = None
raise e
