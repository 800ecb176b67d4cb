import uuid

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(uuid.uuid3(ns, "python.org"), uuid.uuid5(ns, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "ünïcode.example"), uuid.uuid3(uuid.NAMESPACE_URL, b"bytes-name".decode()))
a = uuid.uuid5(uuid.NAMESPACE_DNS, "x")
print(a.version, a.variant, a == uuid.uuid5(uuid.NAMESPACE_DNS, "x"))
