# A text animation with time.sleep
# time.sleep() pauses the program without blocking the page, and
# "\r" goes back to the start of the line: each frame replaces
# the one before.

import time

spinner = "|/-\\"
for percent in range(0, 101, 4):
    bar = "#" * (percent // 5)
    spin = spinner[percent // 4 % 4]
    print(f"\r{spin} loading [{bar:20}] {percent:3}%", end="")
    time.sleep(0.04)
print("\rdone" + " " * 40)

width = 30
for step in range(2 * width + 1):
    x = step if step <= width else 2 * width - step
    print("\r|" + " " * x + "o" + " " * (width - x) + "|", end="")
    time.sleep(0.02)
print()

for line in ["Three...", "Two...", "One...", "Lift-off!"]:
    print(line)
    time.sleep(0.3)
