name = "world"
message = t"Hello {name}" "!"
