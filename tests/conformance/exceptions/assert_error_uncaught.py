def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount
print(withdraw(100, 30))
for amt in (0, 500):
    try:
        withdraw(100, amt)
    except AssertionError as e:
        print("AssertionError:", e)
print(withdraw(10, 10))
withdraw(5, 6)
