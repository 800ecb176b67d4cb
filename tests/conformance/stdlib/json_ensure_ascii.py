import json

text = "naïve café – 日本語 😀 \x00\x1f\x7f"
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.loads(json.dumps(text)) == text)
print(json.dumps({"ключ": "значение"}))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps("\u2028\u2029"))
print(json.dumps("\ud800"), json.loads('"\\ud800"') == "\ud800")
