"""Module docstring.

Spans several lines.
"""

def f():
    """Function docstring."""
    return 1

def g():
    'single-quoted docstring'

def h():
    r'''raw docstring with \n kept'''
    pass

class C:
    """Class docstring."""

    def method(self):
        """Method docstring
        with indentation inside."""

    async def am(self):
        b"bytes are not docstrings but are still expressions"

def not_docstring():
    x = 1
    """a string after a statement is just an expression"""

def fstring_not_docstring():
    f"""f-strings are not docstrings {1}"""

def concatenated():
    "implicitly " 'concatenated ' """docstring"""
