# os.path.splitext and basename to classify uploaded file names: double extensions,
# dot files, trailing dots and the bytes forms.
import os.path

names = [
    "report.pdf", "archive.tar.gz", ".bashrc", "..hidden.txt", "noext", "trailing.",
    "dir.d/file", "dir.d/file.conf", "/abs/path/image.JPEG", "a.b.c.d", "...", "", ".", "..",
]
for name in names:
    root, ext = os.path.splitext(name)
    print(repr(name), repr(root), repr(ext))


def classify(filename):
    base = os.path.basename(filename)
    stem, ext = os.path.splitext(base)
    if stem.endswith(".tar"):
        stem, inner = os.path.splitext(stem)
        ext = inner + ext
    kinds = {".pdf": "document", ".jpeg": "image", ".png": "image", ".tar.gz": "archive"}
    return stem, ext.lower(), kinds.get(ext.lower(), "other")


uploads = ["uploads/2024/scan.PDF", "tmp/photo.png", "backup/site.tar.gz", "notes", "x/.env"]
for upload in uploads:
    print(upload, classify(upload))
print(os.path.splitext(b"data.bin"), os.path.splitext(b"/x.y/z"))
by_ext = {}
for upload in uploads:
    by_ext.setdefault(os.path.splitext(upload)[1].lower() or "(none)", []).append(os.path.basename(upload))
print(sorted(by_ext.items()))
renamed = [os.path.splitext(u)[0] + ".txt" for u in uploads]
print(renamed)
for bad in (None, 42):
    try:
        os.path.splitext(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
