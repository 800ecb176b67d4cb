import shlex

print(shlex.split("ok"))
try:
    shlex.split("'unterminated")
except ValueError as error:
    print("ValueError", error)
shlex.split('"also unterminated')
print(shlex.split("a\\"  if False else "a b"))
print(shlex.quote("-"))
