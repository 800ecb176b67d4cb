key = "c"
d = {
    "a": 1,
    "b": 2,
}[key]
