# kind 2: writing tb_next, tb_lineno and tb_frame on a traceback
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
for name, value in (('tb_next', tb), ('tb_lineno', -5), ('tb_frame', None), ('tb_lasti', 10**20)):
    try:
        setattr(tb, name, value)
    except Exception as e:
        print(name, type(e).__name__)
raise z
