class Account:
    def deposit(self, amount):
        return amount

    def withdraw(self, amount):
        return -amount


Account().withdrew(5)
