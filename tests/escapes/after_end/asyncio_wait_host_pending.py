# kind 6: asyncio.wait with a timeout on a host operation that has not settled when the program ends
import asyncio
t = asyncio.ensure_future(slow(0.5))
done, pending = await asyncio.wait([t], timeout=0.01)
print(len(done), len(pending))
