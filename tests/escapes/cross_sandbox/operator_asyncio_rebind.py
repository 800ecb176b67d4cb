# kind 1: rebinding operator and asyncio functions
import operator, asyncio
operator.add = operator.sub
asyncio.run = None
asyncio.sleep = None
try:
    asyncio.Future.__init__ = None
except Exception as e:
    print(type(e).__name__)
