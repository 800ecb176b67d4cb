from collections import namedtuple, defaultdict
Sale = namedtuple("Sale", "region product amount")
sales = [Sale("north", "apple", 10), Sale("south", "apple", 5), Sale("north", "pear", 7), Sale("north", "apple", 3)]
by_region = defaultdict(int)
for s in sales:
    by_region[s.region] += s.amount
print(dict(by_region))
top = max(sales, key=lambda s: s.amount)
print(top, top._fields)
print(sorted(sales, key=lambda s: (s.region, -s.amount))[0])
print([s._replace(amount=s.amount * 2).amount for s in sales])
print(Sale(*"a b c".split()))
