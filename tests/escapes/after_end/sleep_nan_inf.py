# kind 6: time.sleep with nan, inf and a negative value
import time
for v in (float('nan'), -1, float('inf')):
    try:
        time.sleep(v)
    except Exception as e:
        print(type(e).__name__)
