result = (
    first
    + second
    * third
)
call = function(
    positional,
    keyword=value,
)(
    second_call
)
chain = (obj
         .method()
         .attribute
         [index]
         (argument))
nested = [
    {
        'key': (
            1,
            2,
        ),
    },
]
lam = (lambda
       x:
       x)
cond = (a
        if
        b
        else
        c)
comp = [
    x
    for
    x
    in
    y
    if
    x
]
s = ('a'
     'b'
     f'{c}'
     'd')
t = """start
end""" + 'after'
u = f"""{
    value
}""" + f'''{
other}'''
x = a if b else (
    c if d else e)
y = not \
    a
z = -(
    1)
w = a[
    1:
    2:
    3
]
def function(
    a,
    b,
) -> (
    int
):
    return (
        a,
        b)
