# kind 2: a note that is a str subclass whose __str__ raises
class S(str):
    def __str__(self):
        raise ValueError
e = ValueError('x')
e.add_note(S('note'))
raise e
