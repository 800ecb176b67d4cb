class Product:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price
    def __repr__(self):
        return f"Product({self.sku})"
class Inventory:
    def __init__(self):
        self.stock = {}
        self.products = {}
    def add(self, product, qty):
        self.products[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty
    def remove(self, sku, qty):
        have = self.stock.get(sku, 0)
        if qty > have:
            raise ValueError(f"only {have} of {sku}")
        self.stock[sku] = have - qty
        if self.stock[sku] == 0:
            del self.stock[sku]
    def value(self):
        return sum(self.products[s].price * q for s, q in self.stock.items())
    def report(self):
        for sku in sorted(self.stock):
            p = self.products[sku]
            print(f"{sku:<6}{p.name:<12}{self.stock[sku]:>4} x {p.price:>7.2f} = {p.price * self.stock[sku]:>9.2f}")
        print(f"{'TOTAL':<32}{self.value():>9.2f}")
inv = Inventory()
inv.add(Product("A1", "hammer", 12.5), 4)
inv.add(Product("B7", "nails(100)", 3.99), 30)
inv.add(Product("C3", "saw", 24.0), 2)
inv.add(Product("A1", "hammer", 12.5), 1)
inv.remove("C3", 2)
inv.report()
try:
    inv.remove("B7", 31)
except ValueError as e:
    print("error:", e)
print(inv.stock, list(inv.products.values()))
