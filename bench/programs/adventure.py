"""A text adventure as a state machine: rooms in a dict, a command parser, a scripted player.

Each command line is split into a verb and an object and dispatched through a dict of
handler methods; the game state (room, inventory, doors, score) lives on the Game instance.
"""

import random

TURNS = 200000

ROOMS = {
    "hall": {
        "text": "A draughty hall with a staircase.",
        "exits": {"north": "library", "east": "kitchen", "up": "landing"},
        "items": ["umbrella"],
    },
    "library": {
        "text": "Shelves of mouldy books.",
        "exits": {"south": "hall", "east": "study"},
        "items": ["book", "candle"],
    },
    "study": {
        "text": "A desk covered in maps.",
        "exits": {"west": "library"},
        "items": ["map", "key"],
    },
    "kitchen": {
        "text": "Pots hang from hooks.",
        "exits": {"west": "hall", "down": "cellar"},
        "items": ["knife", "bread"],
    },
    "cellar": {
        "text": "Dark and damp. A locked chest sits in the corner.",
        "exits": {"up": "kitchen"},
        "items": [],
        "dark": True,
    },
    "landing": {
        "text": "A landing with a locked door to the tower.",
        "exits": {"down": "hall", "north": "tower"},
        "items": ["rope"],
        "locked": {"north": "key"},
    },
    "tower": {
        "text": "Wind howls through the tower window.",
        "exits": {"south": "landing"},
        "items": ["telescope"],
    },
}

SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}
TREASURES = {"telescope": 25, "map": 10, "book": 5, "gold": 50}


class Game:
    def __init__(self):
        self.rooms = {name: dict(room, items=list(room["items"])) for name, room in ROOMS.items()}
        self.room = "hall"
        self.inventory = []
        self.unlocked = set()
        self.lit = False
        self.chest_open = False
        self.score = 0
        self.moves = 0
        self.visits = {name: 0 for name in ROOMS}
        self.messages = 0
        self.commands = {
            "go": self.go,
            "take": self.take,
            "drop": self.drop,
            "look": self.look,
            "light": self.light,
            "open": self.open,
            "inventory": self.show_inventory,
            "unlock": self.unlock,
        }

    def say(self, text):
        self.messages += 1
        self.last = text

    def current(self):
        return self.rooms[self.room]

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return self.say("Say something.")
        verb, *rest = words
        if verb in SYNONYMS:
            verb, rest = "go", [SYNONYMS[verb]]
        elif verb in ("north", "south", "east", "west", "up", "down"):
            verb, rest = "go", [verb]
        handler = self.commands.get(verb)
        if handler is None:
            return self.say(f"I don't know how to {verb}.")
        self.moves += 1
        handler(" ".join(rest))

    def go(self, direction):
        room = self.current()
        target = room["exits"].get(direction)
        if target is None:
            return self.say("You can't go that way.")
        needed = room.get("locked", {}).get(direction)
        if needed and (self.room, direction) not in self.unlocked:
            return self.say(f"The way {direction} is locked.")
        self.room = target
        self.visits[target] += 1
        self.look("")

    def look(self, _):
        room = self.current()
        if room.get("dark") and not self.lit:
            return self.say("It is pitch dark.")
        items = ", ".join(room["items"]) or "nothing"
        self.say(f"{room['text']} You see {items}.")

    def take(self, item):
        room = self.current()
        if room.get("dark") and not self.lit:
            return self.say("You fumble in the dark.")
        if item not in room["items"]:
            return self.say(f"There is no {item} here.")
        if len(self.inventory) >= 5:
            return self.say("Your hands are full.")
        room["items"].remove(item)
        self.inventory.append(item)
        self.score += TREASURES.get(item, 0)
        self.say(f"Taken: {item}.")

    def drop(self, item):
        if item not in self.inventory:
            return self.say(f"You have no {item}.")
        self.inventory.remove(item)
        self.current()["items"].append(item)
        self.score -= TREASURES.get(item, 0)
        self.say("Dropped.")

    def light(self, item):
        if item != "candle" or "candle" not in self.inventory:
            return self.say("You have nothing to light.")
        self.lit = True
        self.say("The candle flickers.")

    def open(self, item):
        if item != "chest" or self.room != "cellar":
            return self.say("Nothing to open.")
        if not self.lit:
            return self.say("You can't see the chest.")
        if "knife" not in self.inventory:
            return self.say("The lid is stuck; something sharp might help.")
        if not self.chest_open:
            self.chest_open = True
            self.current()["items"].append("gold")
        self.say("The chest is open.")

    def unlock(self, direction):
        room = self.current()
        needed = room.get("locked", {}).get(direction)
        if needed is None:
            return self.say("Nothing to unlock.")
        if needed not in self.inventory:
            return self.say(f"You need the {needed}.")
        self.unlocked.add((self.room, direction))
        self.say("Click.")

    def show_inventory(self, _):
        self.say("You carry: " + (", ".join(sorted(self.inventory)) or "nothing"))


def player_commands(rng, turns):
    verbs = [
        "go",
        "n",
        "s",
        "e",
        "w",
        "u",
        "d",
        "take",
        "drop",
        "look",
        "light candle",
        "open chest",
        "inventory",
        "unlock north",
        "dance",
    ]
    items = ["umbrella", "book", "candle", "map", "key", "knife", "bread", "rope", "telescope", "gold"]
    directions = ["north", "south", "east", "west", "up", "down"]
    for _ in range(turns):
        verb = rng.choice(verbs)
        if verb == "go":
            yield f"go {rng.choice(directions)}"
        elif verb in ("take", "drop"):
            yield f"{verb.upper() if rng.random() < 0.1 else verb} {rng.choice(items)}"
        else:
            yield verb


rng = random.Random(42)
game = Game()
restarts = 0
best_score = 0
total_moves = 0
total_messages = 0
for line in player_commands(rng, TURNS):
    game.handle(line)
    best_score = max(best_score, game.score)
    if game.score >= 80:
        restarts += 1
        total_moves += game.moves
        total_messages += game.messages
        game = Game()

print(game.room, sorted(game.inventory), game.score, game.last)
print(sorted(game.visits.items()))
print("checksum", restarts, best_score, total_moves + game.moves, total_messages + game.messages)
