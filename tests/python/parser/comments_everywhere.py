# leading comment
import os  # trailing comment after import

x = (  # comment after open paren
    1,  # after first element
    # on its own line inside brackets
    2  # before closing
)  # after closing paren

def f(  # after def paren
    a,  # parameter a
    # a comment between parameters
    b=2,  # parameter b
):  # after colon
    # first line of body is a comment
    return a + b  # trailing

    # comment at deeper indent after return, before dedent
# comment at column 0 inside nothing

class C:  # class comment
    # comment
    pass
        # over-indented comment is ignored
  # under-indented comment is ignored too
    y = 3

if x:  # if
    pass
# comment between if body and else
else:  # else
    pass

d = {  # dict
    'k': 'v',  # entry
    # comment
}
s = '# not a comment'  # but this is
t = """
# not a comment either
"""
#no space after hash
#!shebang-like comment in the middle
# trailing comment at end of file
