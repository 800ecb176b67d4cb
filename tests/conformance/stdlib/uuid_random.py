import uuid

seen = set()
for _ in range(50):
    u = uuid.uuid4()
    assert u.version == 4 and u.variant == uuid.RFC_4122
    seen.add(u)
print(len(seen), len(str(uuid.uuid4())), str(uuid.uuid4())[14])
t = uuid.uuid1()
print(t.version, t.variant)
print(uuid.uuid1(node=0x123456789ABC, clock_seq=5).node == 0x123456789ABC)
