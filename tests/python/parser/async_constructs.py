async def f():
    pass
async def g(a, *, b=1) -> int:
    await x
    await f()
    await obj.method(1)
    y = await z
    y = await z + await w
    y = -await z
    y = await z ** 2
    y = (await z) ** 2
    y = await await_this()
    return await f()
async def h():
    async for x in aiter():
        pass
    async for x, y in pairs:
        pass
    else:
        pass
    async with a:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c as d):
        pass
    async with (
        open_a() as a,
        open_b() as b,
    ):
        pass
async def comprehensions():
    r = [x async for x in aiter()]
    r = {x async for x in aiter()}
    r = {k: v async for k, v in aitems()}
    r = (x async for x in aiter())
    r = [await x for x in xs]
    r = [x for x in await xs]
    r = [x async for x in a if await x async for y in b]
async def gen():
    yield 1
    await x
    yield await x
class C:
    async def method(self):
        return await self.other()
    @dec
    async def decorated(self):
        pass
async def nested():
    async def inner():
        await x
    def sync_inner():
        pass
    return await inner()
async def awaiting_things():
    await x[0]
    await x.y
    await x()()
    print(await x, await y)
    return [await a, await b]
async def with_walrus():
    if (r := await f()):
        pass
