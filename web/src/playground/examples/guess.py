# Guessing game with input()
# input() asks in the output pane: type your answer there and
# press Enter.

import random

secret = random.randint(1, 100)
print("I am thinking of a number between 1 and 100.")
tries = 0
while True:
    answer = input("Your guess: ")
    if not answer.strip().isdigit():
        print("Please type a whole number.")
        continue
    guess = int(answer)
    tries += 1
    if guess < secret:
        print("Higher!")
    elif guess > secret:
        print("Lower!")
    else:
        print(f"Yes, {secret}! You found it in {tries} tries.")
        break
