name = "héllo wörld"
result = name + 1
