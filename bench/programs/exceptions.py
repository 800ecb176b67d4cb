"""Exception-heavy control flow: validating and importing records.

Custom exception classes with a hierarchy and attributes, raise/catch inside loops,
EAFP lookups (KeyError, ValueError from int()), re-raising with `from`, try/else/finally,
and a context manager that counts and suppresses some errors.
"""

import random

RECORDS = 60000


class ImportErrorBase(Exception):
    """Anything wrong with one record."""


class MissingField(ImportErrorBase):
    def __init__(self, field):
        super().__init__(f"missing field {field!r}")
        self.field = field


class BadValue(ImportErrorBase):
    def __init__(self, field, value):
        super().__init__(f"bad value for {field}: {value!r}")
        self.field = field
        self.value = value


class Duplicate(ImportErrorBase):
    pass


class RetryLater(Exception):
    pass


class Suppress:
    """Counts and swallows the listed exceptions, like contextlib.suppress with stats."""

    def __init__(self, *kinds):
        self.kinds = kinds
        self.swallowed = {}

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None and issubclass(kind, self.kinds):
            self.swallowed[kind.__name__] = self.swallowed.get(kind.__name__, 0) + 1
            return True
        return False


def parse_int(record, field, low, high):
    try:
        raw = record[field]
    except KeyError:
        raise MissingField(field) from None
    try:
        value = int(raw)
    except ValueError as error:
        raise BadValue(field, raw) from error
    if not low <= value <= high:
        raise BadValue(field, value)
    return value


def parse_record(record, seen):
    name = record.get("name")
    if not name:
        raise MissingField("name")
    age = parse_int(record, "age", 0, 130)
    score = parse_int(record, "score", -100, 100)
    joined = parse_date(record, "joined")
    if name in seen:
        raise Duplicate(name)
    seen.add(name)
    return name, age, score, joined


def parse_date(record, field):
    raw = record.get(field)
    if raw is None:
        raise MissingField(field)
    try:
        year, month, day = raw.split("-")
    except ValueError:
        raise BadValue(field, raw) from None
    numbers = []
    for part, low, high in ((year, 1900, 2100), (month, 1, 12), (day, 1, 28)):
        try:
            number = int(part)
        except ValueError as error:
            raise BadValue(field, raw) from error
        if not low <= number <= high:
            raise BadValue(field, raw)
        numbers.append(number)
    return tuple(numbers)


class FlakyStore:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []
        self.attempts = 0
        self.open_transactions = 0

    def save(self, row):
        self.attempts += 1
        self.open_transactions += 1
        try:
            if self.rng.random() < 0.15:
                raise RetryLater(row[0])
            self.rows.append(row)
        finally:
            self.open_transactions -= 1


def save_with_retry(store, row, tries=3):
    for attempt in range(tries):
        try:
            store.save(row)
        except RetryLater:
            continue
        else:
            return attempt
    raise RetryLater(f"gave up on {row[0]}")


def make_record(rng, number):
    age = rng.randint(-5, 140)
    score = number * 7919 % 241 - 120
    record = {
        "name": f"user{rng.randint(0, RECORDS)}",
        "age": str(age),
        "score": str(score),
        "joined": f"{1990 + age % 40}-{number % 13 + 1:02d}-{age * 3 % 30:02d}",
    }
    damage = number * 31 % 10
    if damage == 0:
        del record["age"]
    elif damage == 1:
        record["score"] = "n/a"
    elif damage == 2:
        record["name"] = ""
    elif damage == 3:
        record["joined"] = record["joined"].replace("-", "/")
    return record


rng = random.Random(42)
store = FlakyStore(random.Random(7))
seen = set()
errors = {}
fields = {}
retries = 0
gave_up = 0
suppress = Suppress(ZeroDivisionError, IndexError)
ratio_sum = 0
for number in range(RECORDS):
    record = make_record(rng, number)
    try:
        row = parse_record(record, seen)
    except (MissingField, BadValue) as error:
        errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
        fields[error.field] = fields.get(error.field, 0) + 1
        if isinstance(error, BadValue) and isinstance(error.__cause__, ValueError):
            errors["caused"] = errors.get("caused", 0) + 1
        continue
    except ImportErrorBase as error:
        errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
        continue
    try:
        retries += save_with_retry(store, row)
    except RetryLater:
        gave_up += 1
    with suppress:
        ratio_sum += row[1] // row[2]
    with suppress:
        ratio_sum += row[0][row[1]] == "9"

try:
    parse_int({"age": "x"}, "age", 0, 1)
except ImportErrorBase as error:
    print(type(error).__name__, error, type(error.__cause__).__name__)

print(sorted(errors.items()))
print(sorted(fields.items()), sorted(suppress.swallowed.items()))
print("checksum", len(store.rows), store.attempts, store.open_transactions, retries, gave_up, ratio_sum)
