msg = f"""header
{value!x}
"""
