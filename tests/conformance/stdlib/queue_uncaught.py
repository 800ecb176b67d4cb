import queue

# A worker drains its inbox with get_nowait and does not expect it to run dry.
inbox = queue.Queue()
for message in ["hello", "world"]:
    inbox.put(message)

def worker(q, expected):
    handled = []
    for _ in range(expected):
        message = q.get_nowait()
        handled.append(message.upper())
        q.task_done()
        print("handled", handled)
    return handled

print(worker(inbox, 2))
inbox.put("again")
print(worker(inbox, 2))
