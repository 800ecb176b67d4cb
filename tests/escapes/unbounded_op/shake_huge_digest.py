# kind 3: a SHAKE digest whose length the program chooses: shake_256().digest(10**10)
import hashlib
hashlib.shake_256(b"x").hexdigest(10**10)
