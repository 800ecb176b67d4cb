counter = 0
def setup():
    global counter
    counter += 1
    print("setup", counter)
def teardown():
    print("teardown", counter)
def main():
    setup()
    try:
        print("work", __name__)
    finally:
        teardown()
if __name__ == "__main__":
    main()
    main()
if __name__ != "__main__":
    print("never")
print("done", counter)
