s = f"""result: {
    a +
}"""
