import shlex

lexer = shlex.shlex("a=1; b = 'two words' ; c=(3)", posix=True)
lexer.whitespace_split = False
print(list(lexer))
lexer = shlex.shlex("key=value other=thing", posix=True)
lexer.whitespace_split = True
print(list(lexer))
lexer = shlex.shlex("a && b || c | d", punctuation_chars=True)
print(list(lexer))
