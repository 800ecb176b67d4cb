import json

bad = ['{1: 2}', '[1, 2', '{"a" 1}', '', 'nul', '[1,]', '"unterminated', '{"a": 1,}',
       '01', '[1] x', '"\\x"', '{"a": tru}', '\n\n  [1, 2,,3]']
for text in bad:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        print(type(error).__name__, error.msg, error.lineno, error.colno, error.pos)
print(issubclass(json.JSONDecodeError, ValueError))
