async def f(await):
    pass
