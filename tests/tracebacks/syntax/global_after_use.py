# The caret spans the whole global statement.
def count():
    print(total)
    global   total
