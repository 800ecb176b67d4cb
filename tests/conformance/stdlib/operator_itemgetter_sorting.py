# Sorting and grouping records with operator.itemgetter and attrgetter: single and
# multiple keys, nested attributes, reprs, and the errors for missing keys.
import itertools
import operator
from collections import namedtuple

rows = [
    {"name": "ann", "dept": "eng", "age": 31, "salary": 120},
    {"name": "bob", "dept": "ops", "age": 45, "salary": 95},
    {"name": "cid", "dept": "eng", "age": 28, "salary": 105},
    {"name": "dee", "dept": "ops", "age": 38, "salary": 99},
]
by_age = sorted(rows, key=operator.itemgetter("age"))
print([row["name"] for row in by_age])
by_dept_salary = sorted(rows, key=operator.itemgetter("dept", "salary"), reverse=True)
print([operator.itemgetter("name", "salary")(row) for row in by_dept_salary])
for dept, group in itertools.groupby(sorted(rows, key=operator.itemgetter("dept")), operator.itemgetter("dept")):
    print(dept, [row["name"] for row in group])

pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=operator.itemgetter(1)), list(map(operator.itemgetter(0), pairs)))
print(operator.itemgetter(slice(1, 3))("abcdef"), operator.itemgetter(-1, 0)([10, 20, 30]))
print(repr(operator.itemgetter(1)), repr(operator.itemgetter("a", "b")))

Dept = namedtuple("Dept", "name head")
Person = namedtuple("Person", "name dept")
people = [Person("zed", Dept("eng", "ann")), Person("amy", Dept("art", "bob"))]
print([p.name for p in sorted(people, key=operator.attrgetter("dept.head"))])
print(operator.attrgetter("name", "dept.name")(people[0]), repr(operator.attrgetter("dept.head")))
print(max(people, key=operator.attrgetter("name")).name)

try:
    operator.itemgetter("missing")(rows[0])
except KeyError as exc:
    print("KeyError", exc)
try:
    operator.attrgetter("dept.budget")(people[0])
except AttributeError:
    print("AttributeError dept.budget")
for bad in ((), (1,)):
    try:
        operator.attrgetter(*bad) if bad else operator.itemgetter()
    except TypeError:
        print("TypeError", bad)
