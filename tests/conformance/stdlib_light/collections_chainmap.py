from collections import ChainMap
defaults = {"color": "red", "size": 1}
user = {"size": 3}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["new"] = True
print(user, defaults)
child = cm.new_child({"color": "blue"})
print(child["color"], cm["color"], child.parents["color"])
print(dict(cm) == {"color": "red", "size": 3, "new": True})
