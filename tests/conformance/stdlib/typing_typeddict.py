# TypedDict: class and functional syntax, totality, Required/NotRequired keys.
from typing import TypedDict


class Movie(TypedDict):
    title: str
    year: int


class Options(TypedDict, total=False):
    verbose: bool
    level: int


class Rated(Movie):
    stars: float


m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__)
print(Movie.__required_keys__ == frozenset({"title", "year"}))
print(sorted(Options.__optional_keys__), Options.__total__)
print(sorted(Rated.__annotations__), sorted(Rated.__required_keys__))
r = Rated(title="Alien", year=1979, stars=4.5)
print(r, isinstance(r, dict))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__name__, sorted(Point.__annotations__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError", e)
print(Movie.__total__, Rated.__total__)
