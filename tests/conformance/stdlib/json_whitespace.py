import json

print(json.loads(" \t\n\r[ 1 ,\n 2 ] \n"))
print(json.loads('{\n  "a"  :  {  }  ,"b":[ ]}'))
for text in ["[1 2]", '{"a":1 "b":2}', "\u00a0[1]"]:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        print(error.msg, error.pos)
print(json.dumps({"a": [1, {"b": 2}]}, indent=4, separators=(",", ": ")))
