import enum


class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"

    def transitions(self):
        return {
            State.IDLE: {State.RUNNING},
            State.RUNNING: {State.PAUSED, State.DONE},
            State.PAUSED: {State.RUNNING, State.DONE},
            State.DONE: set(),
        }[self]

    def go(self, target):
        if target not in self.transitions():
            raise ValueError(f"cannot go from {self.name} to {target.name}")
        return target


state = State.IDLE
for step in ["running", "paused", "running", "done", "idle"]:
    try:
        state = state.go(State(step))
        print("->", state)
    except ValueError as error:
        print("refused:", error)
print(sorted(s.name for s in State.RUNNING.transitions()))
