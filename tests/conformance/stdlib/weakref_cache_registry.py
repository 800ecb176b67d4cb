# A cache keyed by id with WeakValueDictionary, and per-object metadata in a
# WeakKeyDictionary, while every object stays referenced (no collection is observed).
import weakref


class Image:
    loads = 0

    def __init__(self, path):
        Image.loads += 1
        self.path = path

    def __repr__(self):
        return f"Image({self.path!r})"


cache = weakref.WeakValueDictionary()


def load(path):
    image = cache.get(path)
    if image is None:
        image = Image(path)
        cache[path] = image
    return image


keep = [load("a.png"), load("b.png"), load("a.png"), load("c.png"), load("b.png")]
print(Image.loads, keep[0] is keep[2], len(cache), sorted(cache.keys()))
print("a.png" in cache, "z.png" in cache, cache["c.png"], cache.get("z.png", "none"))
print(sorted(path for path, image in cache.items()), sorted(repr(v) for v in cache.values()))
del cache["c.png"]
print(len(cache), sorted(cache), cache.pop("b.png"), len(cache))
print(cache.setdefault("d.png", keep[3]), len(cache))
try:
    cache["missing"]
except KeyError as exc:
    print("KeyError", exc)

meta = weakref.WeakKeyDictionary()
for image in keep[:2]:
    meta[image] = {"views": 0}
meta[keep[0]]["views"] += 3
print(len(meta), meta[keep[0]], keep[1] in meta, keep[3] in meta)
print(sorted(image.path for image in meta.keys()), meta.get(keep[3], "no meta"))
meta.update({keep[3]: {"views": 1}})
print(len(meta), sorted(m["views"] for m in meta.values()))
print(isinstance(cache, weakref.WeakValueDictionary), isinstance(meta, weakref.WeakKeyDictionary))
