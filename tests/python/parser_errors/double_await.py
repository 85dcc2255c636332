async def f():
    await await
