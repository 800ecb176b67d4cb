# kind 1: an async generator left suspended in a cycle, whose finally prints
async def agen():
    try:
        yield 1
    finally:
        print('async generator finally ran')
async def main():
    for i in range(20):
        a = agen()
        await a.__anext__()
        box = [a]
        box.append(box)
await main()
