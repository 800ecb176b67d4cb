class Account:
    def __init__(self):
        self._bal = 0
    def get_bal(self):
        return self._bal
    def set_bal(self, v):
        print("setting", v)
        self._bal = v
    balance = property(get_bal, set_bal, None, "balance doc")
a = Account()
a.balance = 50
a.balance += 25
print(a.balance, Account.balance.__doc__)
print(Account.balance.fget is Account.get_bal, Account.balance.fdel)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
z = Lazy()
print(z.value, z.value, z.computed)
del a.balance
