import fnmatch
import re

for pattern in ["*.py", "a?c", "[abc]x", "[!0-9]*", "lit[.]eral", "**/x", "[]]", "[!]]"]:
    regex = fnmatch.translate(pattern)
    print(pattern, regex)
compiled = re.compile(fnmatch.translate("*.log"))
print([name for name in ["a.log", "b.txt", "log", ".log"] if compiled.match(name)])
print(compiled.pattern == fnmatch.translate("*.log"))
print(bool(re.match(fnmatch.translate("a*"), "a\nb")))
