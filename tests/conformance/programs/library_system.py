class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.borrower = None
class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.log = []
    def add_book(self, *args):
        b = Book(*args)
        self.books[b.isbn] = b
    def join(self, name, limit=2):
        self.members[name] = {"limit": limit, "books": []}
    def borrow(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if b.borrower:
            return f"{b.title!r} already borrowed by {b.borrower}"
        if len(m["books"]) >= m["limit"]:
            return f"{name} reached limit {m['limit']}"
        b.borrower = name
        m["books"].append(isbn)
        self.log.append(("borrow", name, isbn))
        return f"{name} borrowed {b.title!r}"
    def give_back(self, name, isbn):
        self.members[name]["books"].remove(isbn)
        self.books[isbn].borrower = None
        self.log.append(("return", name, isbn))
        return f"{name} returned {self.books[isbn].title!r}"
lib = Library()
for isbn, t, a in [("1", "Dune", "Herbert"), ("2", "Emma", "Austen"), ("3", "Ulysses", "Joyce")]:
    lib.add_book(isbn, t, a)
lib.join("ann")
lib.join("bob", limit=1)
for action in [("borrow", "ann", "1"), ("borrow", "bob", "1"), ("borrow", "bob", "2"), ("borrow", "bob", "3"),
               ("borrow", "ann", "3"), ("give_back", "ann", "1"), ("borrow", "bob", "1")]:
    print(getattr(lib, action[0])(*action[1:]))
print({n: m["books"] for n, m in lib.members.items()}, len(lib.log))
print(sorted((b.author, b.borrower) for b in lib.books.values()))
