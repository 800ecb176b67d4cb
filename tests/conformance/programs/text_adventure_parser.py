rooms = {
    "hall": {"desc": "A long hall.", "exits": {"north": "kitchen", "east": "study"}, "items": ["key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"south": "hall"}, "items": ["bread"]},
    "study": {"desc": "Books everywhere.", "exits": {"west": "hall"}, "items": []},
}
state = {"room": "hall", "inventory": []}
def do(cmd):
    parts = cmd.lower().split()
    room = rooms[state["room"]]
    match parts:
        case ["look"]:
            return f"{room['desc']} Exits: {', '.join(sorted(room['exits']))}. Items: {room['items']}"
        case ["go", direction] if direction in room["exits"]:
            state["room"] = room["exits"][direction]
            return f"You go {direction} to the {state['room']}."
        case ["go", direction]:
            return f"You can't go {direction}."
        case ["take", item] if item in room["items"]:
            room["items"].remove(item)
            state["inventory"].append(item)
            return f"Taken: {item}"
        case ["take", item]:
            return f"No {item} here."
        case ["inventory" | "inv"]:
            return f"You carry: {state['inventory'] or 'nothing'}"
        case _:
            return f"I don't understand {cmd!r}."
for c in ["look", "take key", "take lamp", "go north", "look", "take bread", "go west", "go south", "go east", "inv", "dance"]:
    print(">", c)
    print(do(c))
