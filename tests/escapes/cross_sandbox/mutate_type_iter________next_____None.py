# kind 1: changing the list iterator type from one sandbox, to be seen by another
try:
    type(iter([])).__next__ = None
except Exception as e:
    print(type(e).__name__)
