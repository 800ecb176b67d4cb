# kind 6: time.sleep for a billion seconds (does waiting count against the limits?)
import time
time.sleep(1e9)
