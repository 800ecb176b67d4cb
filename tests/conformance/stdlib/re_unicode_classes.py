import re

text = "Größe: 12 m²; Ελληνικά λέξεις; число ٣٤; 日本語テキスト; emoji 🎉 x"
print(re.findall(r"\w+", text))
print(re.findall(r"\d+", text), re.findall(r"\d+", text, re.A))
print(re.findall(r"[^\W\d_]+", "abc_123 déf ghi9"))
print(re.findall(r"\s", "a\u00a0b\u2003c\td\u3000e"))
print(re.findall(r"(?i)straße", "STRASSE straße STRAßE"))
print(re.findall(r"(?i)σ", "Σσς"), re.findall(r"(?i)ǆ", "ǄǅǆDž"))
print(re.findall(r"(?i)k", "kK\u212a"), re.findall(r"(?ia)k", "kK\u212a"))
print(re.sub(r"\W+", "-", "Héllo, Wörld! ça va?").strip("-").lower())
print(re.findall(r"\b\w", "élan vital über-cool"))
print(re.findall(r"[\u0370-\u03ff]+", text))
print(len(re.findall(r".", "🎉a\U0001f600")), re.fullmatch(r"\w", "ß") is not None)
print(re.findall(r"(?i)[à-å]+", "ÀÉÅ àå"))
