# kind 3: NFKD grows U+FDFA eighteen-fold in one host call
import unicodedata
text = "\ufdfa" * 10_000_000
unicodedata.normalize("NFKD", text)
