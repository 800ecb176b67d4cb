# Normalising user-supplied paths with normpath, and relpath/commonpath/commonprefix
# between absolute paths: the checks a static file server does against traversal.
import os.path

for path in ["a//b", "a/./b", "a/b/../c", "/../x", "../../y", "a/b/../../..", "./", "", "//a/b", "///a", "/a/b/", "a/.."]:
    print(repr(path), "->", repr(os.path.normpath(path)))

ROOT = "/srv/www"


def resolve(request_path):
    candidate = os.path.normpath(os.path.join(ROOT, request_path.lstrip("/")))
    if os.path.commonpath([ROOT, candidate]) != ROOT:
        return None
    return candidate


for request in ["index.html", "/css/site.css", "../etc/passwd", "img/../../secret", "a/b/../../c.txt", "./"]:
    print(request, "->", resolve(request))

print(os.path.relpath("/srv/www/img/logo.png", "/srv/www"), os.path.relpath("/srv", "/srv/www/img"))
print(os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x/y", "/a/b"), os.path.relpath("/", "/usr/lib"))
print(os.path.commonpath(["/usr/lib/python3", "/usr/lib/node", "/usr/lib"]), os.path.commonpath(["a/b", "a/c"]))
print(repr(os.path.commonprefix(["interstellar", "internet", "interval"])), repr(os.path.commonprefix([])))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.normcase("MiXeD/Path"), os.path.normpath(b"/a/./b/../c"))

for args in [[], ["/abs", "rel"]]:
    try:
        os.path.commonpath(args)
    except ValueError:
        print("ValueError", args)
try:
    os.path.relpath("")
except ValueError:
    print("ValueError empty relpath")
try:
    os.path.commonpath(["/a", b"/a"])
except TypeError:
    print("TypeError mixed")
