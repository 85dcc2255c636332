async def f():
    async with a as g():
        pass
