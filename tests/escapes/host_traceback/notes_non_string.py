# kind 2: __notes__ holding non-strings
e = ValueError('x')
e.__notes__ = [1, None, object(), b'x', ['a']]
raise e
