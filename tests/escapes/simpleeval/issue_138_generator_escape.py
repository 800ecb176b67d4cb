# simpleeval #138: a generator method's gi_frame.f_globals['__builtins__'].exec
def gen():
    yield 1
g = gen()
b = g.gi_frame.f_globals.get('__builtins__')
if b:
    b['exec']('print("ESCAPED")') if isinstance(b, dict) else b.exec('print("ESCAPED")')
async def co():
    pass
c = co()
cf = c.cr_frame
c.close()
