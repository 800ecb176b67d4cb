settings = {"debug": True}
try:
    settings["verbose"]
except KeyError:
    print(setings["debug"])
