import shlex

script = """
build --target app --jobs 4
test "unit tests" --verbose
deploy 'prod env' --dry-run
"""
for line in script.strip().splitlines():
    name, *args = shlex.split(line)
    flags = [a for a in args if a.startswith("--")]
    values = [a for a in args if not a.startswith("--")]
    print(f"{name}: flags={flags} values={values}")
