# Adding a str to a Template is a TypeError (PEP 750: no implicit concatenation with str).
name = "world"
greeting = t"Hello {name}"
print(greeting.strings)
print((greeting + t"!").strings)
message = greeting + "!"
print("not reached", message)
