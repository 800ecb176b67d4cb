s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.rfind("at"), s.find("dog"), s.index("on"), s.rindex("the"))
print(s.count("at"), s.count("t"), s.count(""), s.replace("at", "og"), s.replace("the", "a", 1))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("mat"), s.endswith("at", 0, 7))
print(s.partition(" on "), s.rpartition("the"), s.partition("zzz"))
print("aaa".replace("a", "b", 2), "".replace("", "x"), "abc".replace("", "-"))
try:
    s.index("zzz")
except ValueError:
    print("ValueError index")
print("Hello"[::-1].find("l"), "mississippi".count("ss"), "mississippi".count("issi"))
