msg = f"""value:
{1 + 2}
