def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn, 5 o'clock!"
enc = vigenere(msg, "lemon")
print(enc)
print(vigenere(enc, "lemon", decrypt=True))
def xor_hex(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data)).hex()
h = xor_hex(b"secret message", b"k3y")
print(h, bytes(b ^ b"k3y"[i % 3] for i, b in enumerate(bytes.fromhex(h))))
def atbash(s):
    return s.translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba"))
print(atbash("wizard"), atbash(atbash("hello")))
def freq_crack(ciphertext):
    letters = [c for c in ciphertext.lower() if c.isalpha()]
    best = max(set(letters), key=lambda c: (letters.count(c), c))
    return (ord(best) - ord("e")) % 26
secret = "".join(chr((ord(c) - 97 + 7) % 26 + 97) if c.isalpha() else c for c in "the quick brown fox jumps over the lazy dog and then sleeps here")
print(secret, freq_crack(secret))
