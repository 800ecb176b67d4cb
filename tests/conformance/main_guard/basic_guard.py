def main():
    print("running main")
    return 0
print("module level, __name__ =", __name__)
if __name__ == "__main__":
    code = main()
    print("exit code", code)
else:
    print("imported")
print(__name__ == "__main__", type(__name__).__name__)
def helper():
    return __name__
print(helper())
