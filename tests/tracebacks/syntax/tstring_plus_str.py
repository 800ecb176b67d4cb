name = "world"
greeting = t"Hello {name}" + "!"
