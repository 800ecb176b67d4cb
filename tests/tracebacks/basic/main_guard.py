def main():
    data = [3, 1, 2]
    data.sort()
    return data[3]


if __name__ == "__main__":
    main()
