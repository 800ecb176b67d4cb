"""sorted, min and max with key functions: a leaderboard and a file listing.

Lambdas, operator.itemgetter/attrgetter, tuple keys, str.lower, multi-pass stable sorts,
reverse sorts, and min/max with keys and defaults over records updated every round.
"""

import random
from operator import attrgetter, itemgetter

PLAYERS = 2500
ROUNDS = 15

FIRST = ["ada", "Brian", "carol", "Dave", "eve", "Frank", "grace", "Heidi", "ivan", "Judy"]
TEAMS = ["red", "blue", "green", "gold"]
EXTENSIONS = [".py", ".txt", ".md", ".json", ".PNG", ".csv"]


class Player:
    def __init__(self, name, team, points, games, joined):
        self.name = name
        self.team = team
        self.points = points
        self.games = games
        self.joined = joined

    @property
    def average(self):
        return self.points / self.games if self.games else 0.0

    def __repr__(self):
        return f"Player({self.name}, {self.team}, {self.points})"


def natural_key(text):
    """Split digits out so that file10 sorts after file9."""
    parts = []
    number = ""
    for ch in text:
        if ch.isdigit():
            number += ch
        else:
            if number:
                parts.append((1, int(number), ""))
                number = ""
            parts.append((2, 0, ch.lower()))
    if number:
        parts.append((1, int(number), ""))
    return parts


rng = random.Random(42)
players = [
    Player(
        f"{rng.choice(FIRST)}{rng.randint(1, 999)}",
        rng.choice(TEAMS),
        rng.randint(0, 5000),
        rng.randint(0, 80),
        (2020 + rng.randint(0, 5), rng.randint(1, 12)),
    )
    for _ in range(PLAYERS)
]
files = [f"{rng.choice(FIRST)}_{rng.randint(0, 120)}{rng.choice(EXTENSIONS)}" for _ in range(PLAYERS)]
checksum = 0
for round_number in range(ROUNDS):
    # A new week of games: every player's totals move, then every report is sorted again.
    for index, p in enumerate(players):
        p.games += (index + round_number) % 3
        p.points = (p.points * 31 + index * 7 + round_number) % 5000
    rows = [{"name": p.name, "team": p.team, "points": p.points, "games": p.games} for p in players]
    files = files[round_number:] + files[:round_number]

    by_points = sorted(players, key=lambda p: (-p.points, p.name))
    by_average = sorted(players, key=attrgetter("average"), reverse=True)
    by_name = sorted(players, key=lambda p: p.name.lower())
    by_team_then_points = sorted(
        sorted(players, key=attrgetter("points"), reverse=True), key=attrgetter("team")
    )
    by_joined = sorted(players, key=attrgetter("joined", "name"))
    rows_sorted = sorted(rows, key=itemgetter("team", "games"))
    files_natural = sorted(files, key=natural_key)
    files_by_ext = sorted(files, key=lambda f: (f.rsplit(".", 1)[-1].lower(), len(f), f))

    best_per_team = {
        team: max((p for p in players if p.team == team), key=lambda p: p.points) for team in TEAMS
    }
    veteran = min(players, key=lambda p: (p.joined, -p.games, p.name))
    busiest = max(rows, key=itemgetter("games"))
    nobody = max((p for p in players if p.points > 10_000), key=attrgetter("points"), default=None)
    longest_name = max(players, key=lambda p: len(p.name))
    ranked = {p.name: rank for rank, p in enumerate(by_points)}
    median = sorted(p.points for p in players)[len(players) // 2]

    checksum = (
        checksum * 7
        + by_points[0].points
        + int(by_average[0].average * 100)
        + ranked[by_name[0].name]
        + by_team_then_points[0].points
        + by_joined[-1].games
        + rows_sorted[-1]["games"]
        + len(files_natural[-1])
        + len(files_by_ext[0])
        + median
        + veteran.games
        + sum(p.points for p in best_per_team.values())
        + busiest["games"]
        + len(longest_name.name)
    ) % 1_000_000_007
    if round_number == 0:
        print(by_points[:2], files_natural[:3], files_by_ext[:2])
        print(veteran, busiest["name"], nobody, {t: p.name for t, p in best_per_team.items()})

print("checksum", checksum)
