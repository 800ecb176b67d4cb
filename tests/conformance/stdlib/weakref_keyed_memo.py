# Memoising per-object results in a WeakKeyDictionary (so the cache would never keep a
# document alive), with keys that define __eq__/__hash__, and refs to functions and classes.
import weakref


class Document:
    def __init__(self, doc_id, text):
        self.doc_id = doc_id
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Document) and self.doc_id == other.doc_id

    def __hash__(self):
        return hash(self.doc_id)


_word_counts = weakref.WeakKeyDictionary()
computed = []


def word_count(doc):
    try:
        return _word_counts[doc]
    except KeyError:
        computed.append(doc.doc_id)
        result = _word_counts[doc] = len(doc.text.split())
        return result


docs = [Document(1, "a b c"), Document(2, "hello world"), Document(3, "")]
print([word_count(d) for d in docs], [word_count(d) for d in docs], computed)
same_id = Document(2, "different text entirely here")
print(word_count(same_id), same_id in _word_counts, len(_word_counts))
print(sorted(d.doc_id for d in _word_counts), sorted(_word_counts.values()))

fn_ref, cls_ref = weakref.ref(word_count), weakref.ref(Document)
print(fn_ref() is word_count, cls_ref() is Document, cls_ref()(9, "x y").text)
print(fn_ref()(Document(4, "one two three four")), computed)
twin = Document(1, "")
print(weakref.ref(docs[0]) == weakref.ref(twin), weakref.ref(docs[0]) != weakref.ref(docs[1]))

extra = docs + [Document(1, "dup")]
refs = {weakref.ref(d) for d in extra}
print(len(refs), sorted(r().doc_id for r in refs))
registry = weakref.WeakValueDictionary({d.doc_id: d for d in docs})
print(sorted(registry), registry[3].text == "", registry.get(99))
