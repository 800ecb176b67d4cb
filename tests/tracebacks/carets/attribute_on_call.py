text = 'abc'
r = text.upper().nothing()
