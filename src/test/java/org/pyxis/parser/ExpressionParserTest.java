package org.pyxis.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pyxis.parser.ast.AstDump;
import org.pyxis.parser.ast.Constants;
import org.pyxis.parser.ast.Mod;

/**
 * The expression rules against CPython 3.13. Each case is a source, the mode it is parsed in, and
 * what CPython produced for it: {@code ast.dump(tree, include_attributes=True)} of the expression
 * ('eval'), of the only statement ('exec', or of the module when there are several) or of the
 * function type ('func_type'); or the error, as {@code "SyntaxError: msg @
 * lineno:offset-end_lineno:end_offset"}. The expectations were produced by running CPython 3.13.0
 * on the same sources.
 */
class ExpressionParserTest {
    /** disjunction, conjunction, inversion, comparison and the compare pairs. */
    @Test
    void booleanOperatorsAndComparisons() {
        check(Parser.Mode.EVAL,
                "a or b or c",
                "BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)");
        check(Parser.Mode.EVAL,
                "a and b and c",
                "BoolOp(op=And(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)");
        check(Parser.Mode.EVAL,
                "a or b and c or d",
                "BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), BoolOp(op=And(), values=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        check(Parser.Mode.EVAL,
                "not a",
                "UnaryOp(op=Not(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "not not a",
                "UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EVAL,
                "a < b <= c == d != e > f >= g",
                "Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='e', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), Name(id='f', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), Name(id='g', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)");
        check(Parser.Mode.EVAL,
                "a is b is not c in d not in e",
                "Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), Name(id='e', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)");
        check(Parser.Mode.EVAL,
                "not a == b",
                "UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ops=[Eq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL,
                "(a or\n b)",
                "BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=2)");
    }

    /** bitwise_or ... term, factor and power: precedence, associativity and spans. */
    @Test
    void binaryAndUnaryOperators() {
        check(Parser.Mode.EVAL,
                "a | b ^ c & d << e >> f",
                "BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=LShift(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=12, end_lineno=1, end_col_offset=18), op=RShift(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1, col_offset=12, end_lineno=1, end_col_offset=23), lineno=1, col_offset=8, end_lineno=1, end_col_offset=23), lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)");
        check(Parser.Mode.EVAL,
                "a + b - c * d / e // f % g @ h",
                "BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), op=Mult(), right=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=8, end_lineno=1, end_col_offset=13), op=Div(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=8, end_lineno=1, end_col_offset=17), op=FloorDiv(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=8, end_lineno=1, end_col_offset=22), op=Mod(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), lineno=1, col_offset=8, end_lineno=1, end_col_offset=26), op=MatMult(), right=Name(id='h', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), lineno=1, col_offset=8, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)");
        check(Parser.Mode.EVAL,
                "-a ** -b",
                "UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), lineno=1, col_offset=1, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "a ** b ** c",
                "BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Pow(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)");
        check(Parser.Mode.EVAL,
                "~+-a",
                "UnaryOp(op=Invert(), operand=UnaryOp(op=UAdd(), operand=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)");
        check(Parser.Mode.EVAL,
                "(a + b) * c",
                "BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=1, end_lineno=1, end_col_offset=6), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)");
        check(Parser.Mode.EVAL,
                "a - (b - c)",
                "BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Sub(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Sub(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=5, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)");
        check(Parser.Mode.EVAL,
                "2**-1",
                "BinOp(left=Constant(value=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
    }

    /** primary: attributes, calls, subscripts and slices, await. */
    @Test
    void primaries() {
        check(Parser.Mode.EVAL,
                "a.b.c",
                "Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), attr='c', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "a(b)(c)",
                "Call(func=Call(func=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), args=[Name(id='c', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL,
                "a[b][c]",
                "Subscript(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Name(id='b', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), slice=Name(id='c', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL,
                "a.b(c)[d].e",
                "Attribute(value=Subscript(value=Call(func=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), args=[Name(id='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), slice=Name(id='d', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), attr='e', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)");
        check(Parser.Mode.EVAL,
                "(a).b",
                "Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "a[1:2]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)");
        check(Parser.Mode.EVAL,
                "a[:]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)");
        check(Parser.Mode.EVAL,
                "a[::]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "a[::2]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(step=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)");
        check(Parser.Mode.EVAL,
                "a[1:2, 3]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Constant(value=3, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EVAL,
                "a[b,]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Name(id='b', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "a[*b]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "a[*b, c]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), Name(id='c', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "a[x:=1]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=NamedExpr(target=Name(id='x', ctx=Store(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL,
                "a[...]",
                "Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Constant(value=Ellipsis, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)");
        check(Parser.Mode.EVAL,
                "await a.b",
                "Await(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), attr='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EVAL,
                "f(x for x in y)",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)");
        check(Parser.Mode.EVAL,
                "f(\n  a,\n  b,\n)",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), Name(id='b', ctx=Load(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=1)");
    }

    /** atom, group, tuple, list, set and dict displays, constants. */
    @Test
    void atomsAndDisplays() {
        check(Parser.Mode.EVAL, "None", "Constant(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)");
        check(Parser.Mode.EVAL, "True", "Constant(value=True, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)");
        check(Parser.Mode.EVAL,
                "False",
                "Constant(value=False, lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "...",
                "Constant(value=Ellipsis, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)");
        check(Parser.Mode.EVAL, "0x_ff", "Constant(value=255, lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "1_000.5e-3",
                "Constant(value=1.0005, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL, "3j", "Constant(value=3j, lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)");
        check(Parser.Mode.EVAL, "()", "Tuple(ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)");
        check(Parser.Mode.EVAL,
                "(a)",
                "Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)");
        check(Parser.Mode.EVAL,
                "((a))",
                "Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)");
        check(Parser.Mode.EVAL,
                "(a,)",
                "Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)");
        check(Parser.Mode.EVAL,
                "(a, *b)",
                "Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL,
                "((a, b))",
                "Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL, "[]", "List(ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)");
        check(Parser.Mode.EVAL,
                "[a, *b,]",
                "List(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "{a, *b}",
                "Set(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL, "{}", "Dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)");
        check(Parser.Mode.EVAL,
                "{a: b, **c, d: e}",
                "Dict(keys=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), None, Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], values=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='e', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        check(Parser.Mode.EVAL,
                "é.ü",
                "Attribute(value=Name(id='é', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), attr='ü', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)");
        check(Parser.Mode.EVAL, "(yield)", "Yield(lineno=1, col_offset=1, end_lineno=1, end_col_offset=6)");
        check(Parser.Mode.EVAL,
                "(yield from a)",
                "YieldFrom(value=Name(id='a', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=1, end_lineno=1, end_col_offset=13)");
        check(Parser.Mode.EVAL,
                "(yield a, *b)",
                "Yield(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=12)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), lineno=1, col_offset=1, end_lineno=1, end_col_offset=12)");
    }

    /** expression (IfExp), named_expression, star_expressions. */
    @Test
    void conditionalNamedAndStarredExpressions() {
        check(Parser.Mode.EVAL,
                "a if b else c if d else e",
                "IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), body=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), orelse=IfExp(test=Name(id='d', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), body=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), orelse=Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=12, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)");
        check(Parser.Mode.EVAL,
                "(a := 1)",
                "NamedExpr(target=Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=1, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL,
                "[y := f(x), y ** 2]",
                "List(elts=[NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), lineno=1, col_offset=1, end_lineno=1, end_col_offset=10), BinOp(left=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=Pow(), right=Constant(value=2, lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=12, end_lineno=1, end_col_offset=18)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)");
        check(Parser.Mode.EVAL,
                "a, b",
                "Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)");
        check(Parser.Mode.EVAL,
                "a,",
                "Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)");
        check(Parser.Mode.EXEC,
                "x = *a, *b",
                "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EXEC,
                "x = yield a, b",
                "Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='b', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)");
        check(Parser.Mode.EXEC,
                "f(a := 1)",
                "Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[NamedExpr(target=Name(id='a', ctx=Store(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
    }

    /** listcomp, setcomp, dictcomp, genexp and for_if_clauses. */
    @Test
    void comprehensions() {
        check(Parser.Mode.EVAL,
                "[x for x in y]",
                "ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)");
        check(Parser.Mode.EVAL,
                "{x for x in y if a if b}",
                "SetComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[Name(id='a', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), Name(id='b', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)");
        check(Parser.Mode.EVAL,
                "{k: v for k, v in d}",
                "DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Name(id='v', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='v', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), iter=Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)");
        check(Parser.Mode.EVAL,
                "(x for x in y for z in x)",
                "GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), is_async=0), comprehension(target=Name(id='z', ctx=Store(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)");
        check(Parser.Mode.EVAL,
                "[x async for x in y]",
                "ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), is_async=1)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)");
        check(Parser.Mode.EVAL,
                "[(a, b) for a, *b in c]",
                "ListComp(elt=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=7), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=17)], ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=17), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)");
        check(Parser.Mode.EVAL,
                "[x for x in y if (z := x)]",
                "ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[NamedExpr(target=Name(id='z', ctx=Store(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), value=Name(id='x', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), lineno=1, col_offset=18, end_lineno=1, end_col_offset=24)], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)");
        check(Parser.Mode.EVAL, "[x for x in lambda: y]", "SyntaxError: invalid syntax @ 1:13-1:19");
    }

    /** lambdef and the lambda form of the shared parameter rules. */
    @Test
    void lambdaParameters() {
        check(Parser.Mode.EVAL,
                "lambda: 0",
                "Lambda(args=arguments(), body=Constant(value=0, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EVAL,
                "lambda a, b=1, *c, d, e=2, **f: 0",
                "Lambda(args=arguments(args=[arg(arg='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), arg(arg='b', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], vararg=arg(arg='c', lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), kwonlyargs=[arg(arg='d', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), arg(arg='e', lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=24, end_lineno=1, end_col_offset=25)], kwarg=arg(arg='f', lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), defaults=[Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)]), body=Constant(value=0, lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), lineno=1, col_offset=0, end_lineno=1, end_col_offset=33)");
        check(Parser.Mode.EVAL,
                "lambda a, /, b: 0",
                "Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='b', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)]), body=Constant(value=0, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        check(Parser.Mode.EVAL,
                "lambda a=1, /, b=2, *, c: 0",
                "Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='b', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], kwonlyargs=[arg(arg='c', lineno=1, col_offset=23, end_lineno=1, end_col_offset=24)], kw_defaults=[None], defaults=[Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Constant(value=2, lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)]), body=Constant(value=0, lineno=1, col_offset=26, end_lineno=1, end_col_offset=27), lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)");
        check(Parser.Mode.EVAL,
                "lambda *, a=1: a",
                "Lambda(args=arguments(kwonlyargs=[arg(arg='a', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], kw_defaults=[Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)");
        check(Parser.Mode.EVAL,
                "lambda *args, **kwargs: 0",
                "Lambda(args=arguments(vararg=arg(arg='args', lineno=1, col_offset=8, end_lineno=1, end_col_offset=12), kwarg=arg(arg='kwargs', lineno=1, col_offset=16, end_lineno=1, end_col_offset=22)), body=Constant(value=0, lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)");
        check(Parser.Mode.EVAL,
                "lambda a=1, /: a",
                "Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], defaults=[Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)");
    }

    /** params for def: annotations, defaults, '/', '*', *args: *Ts. */
    @Test
    void functionParameters() {
        check(Parser.Mode.EXEC,
                "def f(a: int = 1, *args: *Ts, b: str, **kw: dict) -> None: pass",
                "FunctionDef(name='f', args=arguments(args=[arg(arg='a', annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12)], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=28), ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=28), lineno=1, col_offset=19, end_lineno=1, end_col_offset=28), kwonlyargs=[arg(arg='b', annotation=Name(id='str', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=36), lineno=1, col_offset=30, end_lineno=1, end_col_offset=36)], kw_defaults=[None], kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load(), lineno=1, col_offset=44, end_lineno=1, end_col_offset=48), lineno=1, col_offset=40, end_lineno=1, end_col_offset=48), defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=[Pass(lineno=1, col_offset=59, end_lineno=1, end_col_offset=63)], returns=Constant(value=None, lineno=1, col_offset=53, end_lineno=1, end_col_offset=57), lineno=1, col_offset=0, end_lineno=1, end_col_offset=63)");
        check(Parser.Mode.EXEC,
                "def f(a, b, /, c, *, d): pass",
                "FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], args=[arg(arg='c', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], kwonlyargs=[arg(arg='d', lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], kw_defaults=[None]), body=[Pass(lineno=1, col_offset=25, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)");
        check(Parser.Mode.EXEC,
                "def f(a=1, /, b=2, *c): pass",
                "FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], vararg=arg(arg='c', lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), defaults=[Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Constant(value=2, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)]), body=[Pass(lineno=1, col_offset=24, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)");
        check(Parser.Mode.EXEC,
                "def f(a, /): pass",
                "FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)]), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        check(Parser.Mode.EXEC,
                "def f(*, a): pass",
                "FunctionDef(name='f', args=arguments(kwonlyargs=[arg(arg='a', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], kw_defaults=[None]), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        check(Parser.Mode.EXEC,
                "def f(**kw): pass",
                "FunctionDef(name='f', args=arguments(kwarg=arg(arg='kw', lineno=1, col_offset=8, end_lineno=1, end_col_offset=10)), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        check(Parser.Mode.EXEC,
                "def f(\n    a,\n    b: int,\n): pass",
                "FunctionDef(name='f', args=arguments(args=[arg(arg='a', lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), arg(arg='b', annotation=Name(id='int', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=10), lineno=3, col_offset=4, end_lineno=3, end_col_offset=10)]), body=[Pass(lineno=4, col_offset=3, end_lineno=4, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=7)");
    }

    /** arguments, args, kwargs, starred_expression; class bases use the same rules. */
    @Test
    void callArguments() {
        check(Parser.Mode.EVAL,
                "f()",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)");
        check(Parser.Mode.EVAL,
                "f(a, *b, c=d, **e)",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='e', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        check(Parser.Mode.EVAL,
                "f(*a, *b, c, **d)",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], keywords=[keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        check(Parser.Mode.EVAL,
                "f(x=1, *y)",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Starred(value=Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=9)], keywords=[keyword(arg='x', value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL,
                "f(a, b=c,)",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], keywords=[keyword(arg='b', value=Name(id='c', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL,
                "f(**{'a': 1})",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), keywords=[keyword(value=Dict(keys=[Constant(value='a', lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], values=[Constant(value=1, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=2, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)");
        check(Parser.Mode.EVAL,
                "f(a)(b=c)",
                "Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), keywords=[keyword(arg='b', value=Name(id='c', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EXEC,
                "class C(A, B, metaclass=M, **kw): pass",
                "ClassDef(name='C', bases=[Name(id='A', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='B', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=14, end_lineno=1, end_col_offset=25), keyword(value=Name(id='kw', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=31), lineno=1, col_offset=27, end_lineno=1, end_col_offset=31)], body=[Pass(lineno=1, col_offset=34, end_lineno=1, end_col_offset=38)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=38)");
    }

    /** strings: STRING and f-string tokens joined into one Constant or JoinedStr. */
    @Test
    void stringConcatenation() {
        check(Parser.Mode.EVAL, "'a'", "Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)");
        check(Parser.Mode.EVAL,
                "'a' 'b'",
                "Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL,
                "u'a' 'b'",
                "Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "'a' u'b'",
                "Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "b'a' b'b'",
                "Constant(value=b'ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EVAL,
                "'''a\nb''' 'c'",
                "Constant(value='a\\nbc', lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "'a' f'b{x}c' 'd'",
                "JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Constant(value='cd', lineno=1, col_offset=10, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)");
        check(Parser.Mode.EVAL,
                "u'a' f'b{x}'",
                "JoinedStr(values=[Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        check(Parser.Mode.EVAL, "f'' ''", "JoinedStr(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)");
        check(Parser.Mode.EVAL,
                "'' f'{x}' ''",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        check(Parser.Mode.EVAL,
                "f'{x}' '' f''",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)");
        check(Parser.Mode.EVAL,
                "f'a' 'b'",
                "JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=2, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
    }

    /** fstring, replacement fields, conversions, format specs and the '=' form. */
    @Test
    void formattedStrings() {
        check(Parser.Mode.EVAL,
                "f'a{x}b'",
                "JoinedStr(values=[Constant(value='a', lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), Constant(value='b', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "f'{x!r}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "f'{x!s:>10}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), lineno=1, col_offset=2, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        check(Parser.Mode.EVAL,
                "f'{x:}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL,
                "f'{x:a{y}b}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), Constant(value='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=2, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        check(Parser.Mode.EVAL,
                "f'{x:{y}{z}}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=2, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)");
        check(Parser.Mode.EVAL,
                "f'{x=}'",
                "JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EVAL,
                "f'a{x=}'",
                "JoinedStr(values=[Constant(value='ax=', lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, lineno=1, col_offset=3, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EVAL,
                "f'{ x = }'",
                "JoinedStr(values=[Constant(value=' x = ', lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL,
                "f'{x=!s}'",
                "JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, lineno=1, col_offset=2, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EVAL,
                "f'{x=:>10}'",
                "JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=6, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)");
        check(Parser.Mode.EVAL,
                "f'{x=!r:^{w}}'",
                "JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='^', lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), lineno=1, col_offset=2, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)");
        check(Parser.Mode.EVAL,
                "f'{x:{y=}}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='y=', lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=5, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)");
        check(Parser.Mode.EVAL,
                "f'{{}}{x}'",
                "JoinedStr(values=[Constant(value='{}', lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL,
                "f'{x:=3}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=3', lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EVAL,
                "f'''{\nx\n=\n}'''",
                "JoinedStr(values=[Constant(value='\\nx\\n=\\n', lineno=1, col_offset=5, end_lineno=4, end_col_offset=0), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), conversion=114, lineno=1, col_offset=4, end_lineno=4, end_col_offset=1)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=4)");
        check(Parser.Mode.EVAL,
                "f'''{x # c\n=}'''",
                "JoinedStr(values=[Constant(value='x \\n=', lineno=1, col_offset=5, end_lineno=2, end_col_offset=1), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=114, lineno=1, col_offset=4, end_lineno=2, end_col_offset=2)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)");
        check(Parser.Mode.EVAL,
                "f\"{'\\n'=}\"",
                "JoinedStr(values=[Constant(value=\"'\\n'=\", lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), FormattedValue(value=Constant(value='\\n', lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL,
                "rf'\\d{x}'",
                "JoinedStr(values=[Constant(value='\\\\d', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EVAL,
                "f'{f\"{x}\"}'",
                "JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)");
        check(Parser.Mode.EVAL,
                "f'{x!a}' f'{y}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=97, lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)");
    }

    /** star_targets, single_target, t_primary, del_targets and set_context. */
    @Test
    void targets() {
        check(Parser.Mode.EXEC,
                "a, *b = c",
                "Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)");
        check(Parser.Mode.EXEC,
                "[a, [b, *c]] = d",
                "Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), List(elts=[Name(id='b', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Starred(value=Name(id='c', ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=10)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], value=Name(id='d', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)");
        check(Parser.Mode.EXEC,
                "(a), (b) = c",
                "Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        check(Parser.Mode.EXEC,
                "a.b[c].d = e",
                "Assign(targets=[Attribute(value=Subscript(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), slice=Name(id='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), attr='d', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], value=Name(id='e', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        check(Parser.Mode.EXEC,
                "f(a)(b).c = d",
                "Assign(targets=[Attribute(value=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), attr='c', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], value=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)");
        check(Parser.Mode.EXEC,
                "x[a:b] = y",
                "Assign(targets=[Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lower=Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EXEC,
                "del a, b[c], d.e, (f, g), [h]",
                "Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='d', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='e', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16), Tuple(elts=[Name(id='f', ctx=Del(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), Name(id='g', ctx=Del(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], ctx=Del(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=24), List(elts=[Name(id='h', ctx=Del(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28)], ctx=Del(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)");
        check(Parser.Mode.EXEC,
                "del (a)",
                "Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EXEC,
                "for x, (y, *z) in w: pass",
                "For(target=Tuple(elts=[Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Tuple(elts=[Name(id='y', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Starred(value=Name(id='z', ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=13)], ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), iter=Name(id='w', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), body=[Pass(lineno=1, col_offset=21, end_lineno=1, end_col_offset=25)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)");
        check(Parser.Mode.EXEC,
                "with a as (b, c), d as e[f]: pass",
                "With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Tuple(elts=[Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Name(id='c', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=16)), withitem(context_expr=Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), optional_vars=Subscript(value=Name(id='e', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), slice=Name(id='f', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), ctx=Store(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=27))], body=[Pass(lineno=1, col_offset=29, end_lineno=1, end_col_offset=33)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=33)");
        check(Parser.Mode.EXEC,
                "a.b += 1",
                "AugAssign(target=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), op=Add(), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)");
        check(Parser.Mode.EXEC,
                "(a) = b",
                "Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)");
        check(Parser.Mode.EXEC,
                "() = a",
                "Assign(targets=[Tuple(ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)");
        check(Parser.Mode.EXEC,
                "[] = a",
                "Assign(targets=[List(ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)");
    }

    /** type_expressions, in 'func_type' mode. */
    @Test
    void functionTypes() {
        check(Parser.Mode.FUNC_TYPE,
                "() -> int",
                "FunctionType(returns=Name(id='int', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9))");
        check(Parser.Mode.FUNC_TYPE,
                "(a, b) -> c",
                "FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], returns=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11))");
        check(Parser.Mode.FUNC_TYPE,
                "(*a, **b) -> c",
                "FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], returns=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14))");
        check(Parser.Mode.FUNC_TYPE,
                "(a, *b, **c) -> d",
                "FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], returns=Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17))");
        check(Parser.Mode.FUNC_TYPE,
                "(**a) -> b",
                "FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], returns=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10))");
        check(Parser.Mode.FUNC_TYPE,
                "(a, **b) -> c",
                "FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], returns=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13))");
    }

    /** invalid_expression, invalid_legacy_expression, invalid_arithmetic, invalid_factor, invalid_named_expression, invalid_group. */
    @Test
    void expressionErrors() {
        check(Parser.Mode.EVAL, "(a b)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:2-1:5");
        check(Parser.Mode.EVAL, "[a, b c]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:5-1:8");
        check(Parser.Mode.EVAL, "f(a, b c)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:6-1:9");
        check(Parser.Mode.EVAL, "{a b}", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:2-1:5");
        check(Parser.Mode.EVAL, "(c d)", "SyntaxError: invalid syntax @ 1:4-1:5");
        check(Parser.Mode.EVAL, "(match x)", "SyntaxError: invalid syntax @ 1:8-1:9");
        check(Parser.Mode.EVAL,
                "(print a)",
                "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @ 1:2-1:9");
        check(Parser.Mode.EXEC,
                "print 'x'",
                "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @ 1:1-1:10");
        check(Parser.Mode.EXEC,
                "exec 'x'",
                "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)? @ 1:1-1:9");
        check(Parser.Mode.EXEC, "x = a if b", "SyntaxError: expected 'else' after 'if' expression @ 1:5-1:11");
        check(Parser.Mode.EVAL, "(a if b)", "SyntaxError: expected 'else' after 'if' expression @ 1:2-1:8");
        check(Parser.Mode.EVAL,
                "f'{lambda x: 1}'",
                "SyntaxError: f-string: lambda expressions are not allowed without parentheses @ 1:4-1:13");
        check(Parser.Mode.EVAL,
                "not 1 + not 2",
                "SyntaxError: 'not' after an operator must be parenthesized @ 1:9-1:14");
        check(Parser.Mode.EVAL, "a * not b", "SyntaxError: 'not' after an operator must be parenthesized @ 1:5-1:10");
        check(Parser.Mode.EVAL, "-not a", "SyntaxError: 'not' after an operator must be parenthesized @ 1:2-1:7");
        check(Parser.Mode.EVAL,
                "(a.b := 1)",
                "SyntaxError: cannot use assignment expressions with attribute @ 1:2-1:5");
        check(Parser.Mode.EVAL, "((a, b) := 1)", "SyntaxError: cannot use assignment expressions with tuple @ 1:2-1:8");
        check(Parser.Mode.EXEC,
                "if a = 1: pass",
                "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @ 1:4-1:9");
        check(Parser.Mode.EXEC,
                "if a.b = 1: pass",
                "SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='? @ 1:4-1:7");
        check(Parser.Mode.EXEC,
                "if f() = 1: pass",
                "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @ 1:4-1:7");
        check(Parser.Mode.EXEC, "if (a, b) = 1: pass", "SyntaxError: invalid syntax @ 1:11-1:12");
        check(Parser.Mode.EVAL, "(*a)", "SyntaxError: cannot use starred expression here @ 1:2-1:4");
        check(Parser.Mode.EVAL, "(**a)", "SyntaxError: cannot use double starred expression here @ 1:2-1:4");
        check(Parser.Mode.EVAL, "a <> b", "SyntaxError: invalid syntax @ 1:3-1:5");
        check(Parser.Mode.EVAL, "(x := 1 := 2)", "SyntaxError: invalid syntax @ 1:9-1:11");
        check(Parser.Mode.EXEC, "x {a b}", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:4-1:7");
        check(Parser.Mode.EXEC, "x {a: e f}", "SyntaxError: invalid syntax @ 1:3-1:4");
        check(Parser.Mode.EXEC, "x y(a for b)", "SyntaxError: 'in' expected after for-loop variables @ 1:12-1:13");
        check(Parser.Mode.EXEC, "x y(*)", "SyntaxError: Invalid star expression @ 1:6-1:7");
        check(Parser.Mode.EXEC,
                "x y {a: *b}",
                "SyntaxError: cannot use a starred expression in a dictionary value @ 1:9-1:11");
        check(Parser.Mode.EXEC, "The {a, 5 6}", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:9-1:12");
    }

    /** invalid_arguments, invalid_kwarg, invalid_starred_expression. */
    @Test
    void argumentErrors() {
        check(Parser.Mode.EVAL,
                "f(**a, *b)",
                "SyntaxError: iterable argument unpacking follows keyword argument unpacking @ 1:6-1:10");
        check(Parser.Mode.EVAL,
                "f(a, *b, c=1, *d, **e, *f)",
                "SyntaxError: iterable argument unpacking follows keyword argument unpacking @ 1:22-1:26");
        check(Parser.Mode.EVAL,
                "f(a, **e, *f, *g, x=1)",
                "SyntaxError: iterable argument unpacking follows keyword argument unpacking @ 1:9-1:19");
        check(Parser.Mode.EVAL, "f(a=1, b)", "SyntaxError: positional argument follows keyword argument @ 1:9-1:10");
        check(Parser.Mode.EVAL,
                "f(**a, b)",
                "SyntaxError: positional argument follows keyword argument unpacking @ 1:9-1:10");
        check(Parser.Mode.EVAL,
                "f(a for a in b, c)",
                "SyntaxError: Generator expression must be parenthesized @ 1:3-1:15");
        check(Parser.Mode.EVAL,
                "f(a, b for b in c)",
                "SyntaxError: Generator expression must be parenthesized @ 1:6-1:18");
        check(Parser.Mode.EVAL,
                "f(a, b for b in c if d)",
                "SyntaxError: Generator expression must be parenthesized @ 1:6-1:23");
        check(Parser.Mode.EVAL,
                "f(a=1 for x in y)",
                "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @ 1:3-1:5");
        check(Parser.Mode.EVAL, "f(a=)", "SyntaxError: expected argument value expression @ 1:3-1:5");
        check(Parser.Mode.EVAL, "f(a, b=)", "SyntaxError: expected argument value expression @ 1:6-1:8");
        check(Parser.Mode.EVAL, "f(True=1)", "SyntaxError: cannot assign to True @ 1:3-1:8");
        check(Parser.Mode.EVAL,
                "f(a.b=1)",
                "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @ 1:3-1:7");
        check(Parser.Mode.EVAL, "f(**a=b)", "SyntaxError: cannot assign to keyword argument unpacking @ 1:3-1:8");
        check(Parser.Mode.EVAL, "f(*a=b)", "SyntaxError: cannot assign to iterable argument unpacking @ 1:3-1:7");
        check(Parser.Mode.EVAL, "f(*)", "SyntaxError: Invalid star expression @ 1:4-1:5");
        check(Parser.Mode.EVAL, "f(a, *)", "SyntaxError: Invalid star expression @ 1:7-1:8");
        check(Parser.Mode.EVAL, "a[*]", "SyntaxError: Invalid star expression @ 1:4-1:5");
    }

    /** invalid_comprehension, invalid_dict_comprehension, invalid_for_if_clause, invalid_for_target, invalid_double_starred_kvpairs, invalid_kvpair. */
    @Test
    void comprehensionAndDisplayErrors() {
        check(Parser.Mode.EVAL,
                "[*a for a in b]",
                "SyntaxError: iterable unpacking cannot be used in comprehension @ 1:2-1:4");
        check(Parser.Mode.EVAL,
                "{**a for a in b}",
                "SyntaxError: dict unpacking cannot be used in dict comprehension @ 1:2-1:4");
        check(Parser.Mode.EVAL,
                "[a, b for a in c]",
                "SyntaxError: did you forget parentheses around the comprehension target? @ 1:2-1:6");
        check(Parser.Mode.EVAL,
                "[a, for a in c]",
                "SyntaxError: did you forget parentheses around the comprehension target? @ 1:2-1:4");
        check(Parser.Mode.EVAL, "[x for x y]", "SyntaxError: 'in' expected after for-loop variables @ 1:10-1:11");
        check(Parser.Mode.EVAL, "[x for a.b() in c]", "SyntaxError: cannot assign to function call @ 1:8-1:13");
        check(Parser.Mode.EVAL, "[x for 1 in c]", "SyntaxError: cannot assign to literal @ 1:8-1:9");
        check(Parser.Mode.EVAL, "[*]", "SyntaxError: Invalid star expression @ 1:3-1:4");
        check(Parser.Mode.EVAL,
                "{1: *a}",
                "SyntaxError: cannot use a starred expression in a dictionary value @ 1:5-1:7");
        check(Parser.Mode.EVAL,
                "{1: *a  }",
                "SyntaxError: cannot use a starred expression in a dictionary value @ 1:5-1:9");
        check(Parser.Mode.EVAL, "{1: 2, 3}", "SyntaxError: ':' expected after dictionary key @ 1:8-1:0");
        check(Parser.Mode.EVAL, "{1:2, 3 4}", "SyntaxError: ':' expected after dictionary key @ 1:7-1:0");
        check(Parser.Mode.EVAL, "{a:}", "SyntaxError: expression expected after dictionary key and ':' @ 1:3-1:4");
        check(Parser.Mode.EVAL,
                "{a: b, c:}",
                "SyntaxError: expression expected after dictionary key and ':' @ 1:9-1:10");
        check(Parser.Mode.EVAL, "{**a: 1}", "SyntaxError: invalid syntax @ 1:5-1:6");
    }

    /** invalid_parameters, invalid_lambda_parameters, invalid_star_etc, invalid_kwds, invalid_default. */
    @Test
    void parameterErrors() {
        check(Parser.Mode.EXEC,
                "def f(a=1, b): pass",
                "SyntaxError: parameter without a default follows parameter with a default @ 1:12-1:13");
        check(Parser.Mode.EXEC,
                "def f(a, /, b=1, c): pass",
                "SyntaxError: parameter without a default follows parameter with a default @ 1:18-1:19");
        check(Parser.Mode.EXEC, "def f(/, a): pass", "SyntaxError: at least one argument must precede / @ 1:7-1:8");
        check(Parser.Mode.EXEC, "def f(a, /, b, /): pass", "SyntaxError: / may appear only once @ 1:16-1:17");
        check(Parser.Mode.EXEC, "def f(*, a, /): pass", "SyntaxError: / must be ahead of * @ 1:13-1:14");
        check(Parser.Mode.EXEC, "def f(a=1, /*): pass", "SyntaxError: expected comma between / and * @ 1:13-1:14");
        check(Parser.Mode.EXEC,
                "def f((a, b)): pass",
                "SyntaxError: Function parameters cannot be parenthesized @ 1:7-1:13");
        check(Parser.Mode.EXEC, "def f(*): pass", "SyntaxError: named arguments must follow bare * @ 1:7-1:8");
        check(Parser.Mode.EXEC, "def f(*, **a): pass", "SyntaxError: named arguments must follow bare * @ 1:7-1:8");
        check(Parser.Mode.EXEC,
                "def f(*a=1): pass",
                "SyntaxError: var-positional argument cannot have default value @ 1:9-1:10");
        check(Parser.Mode.EXEC, "def f(*a, *b): pass", "SyntaxError: * argument may appear only once @ 1:11-1:12");
        check(Parser.Mode.EXEC,
                "def f(**a=1): pass",
                "SyntaxError: var-keyword argument cannot have default value @ 1:10-1:11");
        check(Parser.Mode.EXEC,
                "def f(**a, b): pass",
                "SyntaxError: arguments cannot follow var-keyword argument @ 1:12-1:13");
        check(Parser.Mode.EXEC,
                "def f(**a, *b): pass",
                "SyntaxError: arguments cannot follow var-keyword argument @ 1:12-1:13");
        check(Parser.Mode.EXEC, "def f(a=): pass", "SyntaxError: expected default value expression @ 1:8-1:9");
        check(Parser.Mode.EVAL,
                "lambda a=1, b: 0",
                "SyntaxError: parameter without a default follows parameter with a default @ 1:13-1:14");
        check(Parser.Mode.EVAL,
                "lambda (a): 0",
                "SyntaxError: Lambda expression parameters cannot be parenthesized @ 1:8-1:11");
        check(Parser.Mode.EVAL, "lambda *: 0", "SyntaxError: named arguments must follow bare * @ 1:9-1:10");
        check(Parser.Mode.EVAL, "lambda *, **a: 0", "SyntaxError: named arguments must follow bare * @ 1:11-1:13");
        check(Parser.Mode.EVAL,
                "lambda *a=1: 0",
                "SyntaxError: var-positional argument cannot have default value @ 1:10-1:11");
        check(Parser.Mode.EVAL,
                "lambda **a, b: 0",
                "SyntaxError: arguments cannot follow var-keyword argument @ 1:13-1:14");
        check(Parser.Mode.EVAL, "lambda a=: 0", "SyntaxError: invalid syntax @ 1:10-1:11");
    }

    /** invalid_replacement_field, invalid_conversion_character and conversion checks. */
    @Test
    void formattedStringErrors() {
        check(Parser.Mode.EVAL, "f'{}'", "SyntaxError: f-string: valid expression required before '}' @ 1:4-1:5");
        check(Parser.Mode.EVAL, "f'{=}'", "SyntaxError: f-string: valid expression required before '=' @ 1:4-1:5");
        check(Parser.Mode.EVAL, "f'{!r}'", "SyntaxError: f-string: valid expression required before '!' @ 1:4-1:5");
        check(Parser.Mode.EVAL, "f'{:x}'", "SyntaxError: f-string: valid expression required before ':' @ 1:4-1:5");
        check(Parser.Mode.EVAL, "f'{x!}'", "SyntaxError: f-string: missing conversion character @ 1:6-1:7");
        check(Parser.Mode.EVAL,
                "f'{x!z}'",
                "SyntaxError: f-string: invalid conversion character 'z': expected 's', 'r', or 'a' @ 1:6-1:7");
        check(Parser.Mode.EVAL,
                "f'{x! r}'",
                "SyntaxError: f-string: conversion type must come right after the exclamanation mark @ 1:5-1:8");
        check(Parser.Mode.EVAL, "f'{x!r=}'", "SyntaxError: f-string: expecting ':' or '}' @ 1:7-1:8");
        check(Parser.Mode.EVAL, "f'{x y}'", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:4-1:7");
        check(Parser.Mode.EVAL, "f'{x=y}'", "SyntaxError: f-string: expecting '!', or ':', or '}' @ 1:6-1:7");
        check(Parser.Mode.EVAL, "f'{x:{y}'", "SyntaxError: f-string: expecting '}', or format specs @ 1:9-1:10");
        check(Parser.Mode.EVAL,
                "f'{lambda x}'",
                "SyntaxError: f-string: expecting a valid expression after '{' @ 1:4-1:10");
        check(Parser.Mode.EVAL, "f'{x!1}'", "SyntaxError: f-string: invalid conversion character @ 1:6-1:7");
        check(Parser.Mode.EVAL, "(b'a' 'b')", "SyntaxError: cannot mix bytes and nonbytes literals @ 1:10-1:11");
        check(Parser.Mode.EXEC, "x = 'a' b'b'\n", "SyntaxError: cannot mix bytes and nonbytes literals @ 1:13-1:14");
        check(Parser.Mode.EVAL, "(f'{x}' b'b')", "SyntaxError: cannot mix bytes and nonbytes literals @ 1:13-1:14");
        check(Parser.Mode.EXEC,
                "x = f'{2}\\x2'",
                "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape @ 1:13-1:14");
        check(Parser.Mode.EXEC,
                "x = f'''{y}\\N{x}'''",
                "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: unknown Unicode character name @ 1:17-1:20");
    }

    /** the invalidTarget and exprName helpers, through the statement rules that use them. */
    @Test
    void targetErrors() {
        check(Parser.Mode.EXEC,
                "f() = 1",
                "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @ 1:1-1:4");
        check(Parser.Mode.EXEC,
                "a + 1 = 2",
                "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @ 1:1-1:6");
        check(Parser.Mode.EXEC, "(a, f()) = 1", "SyntaxError: cannot assign to function call @ 1:5-1:8");
        check(Parser.Mode.EXEC, "[a, *f()] = 1", "SyntaxError: cannot assign to function call @ 1:6-1:9");
        check(Parser.Mode.EXEC,
                "{} = 1",
                "SyntaxError: cannot assign to dict literal here. Maybe you meant '==' instead of '='? @ 1:1-1:3");
        check(Parser.Mode.EXEC,
                "... = 1",
                "SyntaxError: cannot assign to ellipsis here. Maybe you meant '==' instead of '='? @ 1:1-1:4");
        check(Parser.Mode.EXEC,
                "{1} = 1",
                "SyntaxError: cannot assign to set display here. Maybe you meant '==' instead of '='? @ 1:1-1:4");
        check(Parser.Mode.EXEC,
                "f'' = 1",
                "SyntaxError: cannot assign to f-string expression here. Maybe you meant '==' instead of '='? @ 1:1-1:4");
        check(Parser.Mode.EXEC,
                "(a if b else c) = 1",
                "SyntaxError: cannot assign to conditional expression here. Maybe you meant '==' instead of '='? @ 1:2-1:15");
        check(Parser.Mode.EXEC,
                "(yield) = 1",
                "SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='? @ 1:2-1:7");
        check(Parser.Mode.EXEC, "not a = 1", "SyntaxError: cannot assign to expression @ 1:1-1:6");
        check(Parser.Mode.EXEC, "del *a", "SyntaxError: cannot delete starred @ 1:5-1:7");
        check(Parser.Mode.EXEC, "del a, f()", "SyntaxError: cannot delete function call @ 1:8-1:11");
        check(Parser.Mode.EXEC, "del (a, [b + 1])", "SyntaxError: cannot delete expression @ 1:10-1:15");
        check(Parser.Mode.EXEC, "for f() in x: pass", "SyntaxError: cannot assign to function call @ 1:5-1:8");
        check(Parser.Mode.EXEC, "for a, b() in x: pass", "SyntaxError: cannot assign to function call @ 1:8-1:11");
        check(Parser.Mode.EXEC, "with a as f(): pass", "SyntaxError: cannot assign to function call @ 1:11-1:14");
        check(Parser.Mode.EXEC, "None = 1", "SyntaxError: cannot assign to None @ 1:1-1:5");
        check(Parser.Mode.EXEC,
                "f() += 1",
                "SyntaxError: 'function call' is an illegal expression for augmented assignment @ 1:1-1:4");
        check(Parser.Mode.EXEC,
                "[x for x in y] = 1",
                "SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='? @ 1:1-1:15");
        check(Parser.Mode.EXEC, "lambda: 1 = 1", "SyntaxError: cannot assign to lambda @ 1:1-1:10");
        check(Parser.Mode.EXEC, "a < b = 1", "SyntaxError: cannot assign to comparison @ 1:1-1:6");
    }

    /** The nesting limit (CPython: MAXSTACK) is reached at the depth CPython reaches it. */
    @Test
    void nestingLimit() {
        check(Parser.Mode.EVAL, "-".repeat(5974) + "1", null);
        check(Parser.Mode.EVAL, "-".repeat(5975) + "1",
                "MemoryError: Parser stack overflowed - Python source too complex to parse");
        check(Parser.Mode.EVAL, "not ".repeat(5975) + "x", null);
        check(Parser.Mode.EVAL, "not ".repeat(5976) + "x",
                "MemoryError: Parser stack overflowed - Python source too complex to parse");
        check(Parser.Mode.EVAL, "lambda: ".repeat(2987) + "x", null);
        check(Parser.Mode.EVAL, "lambda: ".repeat(2988) + "x",
                "MemoryError: Parser stack overflowed - Python source too complex to parse");
        check(Parser.Mode.EXEC, "x = " + "-".repeat(5966) + "1", null);
        check(Parser.Mode.EXEC, "x = " + "-".repeat(5967) + "1",
                "MemoryError: Parser stack overflowed - Python source too complex to parse");
    }

    /**
     * A str whose code points put a high surrogate before a low one, from escapes or from joining
     * literals, is a Constants.CodePoints that keeps both code points apart (a Java String would
     * read them as one character U+1D11E).
     */
    @Test
    void escapedSurrogatePairsStayTwoCodePoints() {
        check(Parser.Mode.EVAL,
                "'\\ud834\\udd1e'",
                "Constant(value='\\ud834\\udd1e', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)");
        check(Parser.Mode.EVAL,
                "'\\ud834' '\\udd1e'",
                "Constant(value='\\ud834\\udd1e', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)");
        check(Parser.Mode.EVAL,
                "'\\ud834\\U0001d11e'",
                "Constant(value='\\ud834𝄞', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        check(Parser.Mode.EVAL,
                "'\\ud834\\ud834\\udd1e'",
                "Constant(value='\\ud834\\ud834\\udd1e', lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)");
        check(Parser.Mode.EVAL,
                "u'\\ud834' '\\udd1e' 'x'",
                "Constant(value='\\ud834\\udd1ex', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)");
        check(Parser.Mode.EVAL,
                "f'\\ud834' '\\udd1e'",
                "JoinedStr(values=[Constant(value='\\ud834\\udd1e', lineno=1, col_offset=2, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        check(Parser.Mode.EVAL,
                "f'\\ud834{x}\\udd1e'",
                "JoinedStr(values=[Constant(value='\\ud834', lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11), Constant(value='\\udd1e', lineno=1, col_offset=11, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
        check(Parser.Mode.EVAL,
                "f'{x}\\ud834' f'\\udd1e{y}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Constant(value='\\ud834\\udd1e', lineno=1, col_offset=5, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), conversion=-1, lineno=1, col_offset=21, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)");
        check(Parser.Mode.EVAL,
                "f'{x:\\ud834\\udd1e}'",
                "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\ud834\\udd1e', lineno=1, col_offset=5, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=2, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)");
        check(Parser.Mode.EVAL,
                "f'\\ud834{x=}'",
                "JoinedStr(values=[Constant(value='\\ud834x=', lineno=1, col_offset=2, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=114, lineno=1, col_offset=8, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)");
        check(Parser.Mode.EVAL,
                "f'{\"\\ud834\\udd1e\"=}'",
                "JoinedStr(values=[Constant(value='\"\\ud834\\udd1e\"=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=18), FormattedValue(value=Constant(value='\\ud834\\udd1e', lineno=1, col_offset=3, end_lineno=1, end_col_offset=17), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)");
        Mod.Expression e = (Mod.Expression) Parser.parse("'\\ud834' '\\udd1e'", "<test>", Parser.Mode.EVAL);
        Object value = ((org.pyxis.parser.ast.Expr.Constant) e.body()).value();
        assertEquals(new Constants.CodePoints(new int[] {0xd834, 0xdd1e}), value);
        e = (Mod.Expression) Parser.parse("'\\ud834\\U0001d11e'", "<test>", Parser.Mode.EVAL);
        assertEquals("\ud834\ud834\udd1e", ((org.pyxis.parser.ast.Expr.Constant) e.body()).value());
    }

    /**
     * The text of an f-string field with '=' ends, in CPython 3.13's tokenizer, at the first '!'
     * at the field's own bracket level: a '!=' there cuts it short.
     */
    @Test
    void debugTextEndsAtNotEqual() {
        check(Parser.Mode.EVAL,
                "f'{x!=y=}'",
                "JoinedStr(values=[Constant(value='x', lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[NotEq()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL,
                "f'{a != b = }'",
                "JoinedStr(values=[Constant(value='a ', lineno=1, col_offset=3, end_lineno=1, end_col_offset=12), FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[NotEq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)");
        check(Parser.Mode.EVAL,
                "f'{(x!=y)=}'",
                "JoinedStr(values=[Constant(value='(x!=y)=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ops=[NotEq()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        check(Parser.Mode.EVAL,
                "f'{x[a!=b]=}'",
                "JoinedStr(values=[Constant(value='x[a!=b]=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=11), FormattedValue(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), slice=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ops=[NotEq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)");
        check(Parser.Mode.EVAL,
                "f'{a if b!=c else d=}'",
                "JoinedStr(values=[Constant(value='a if b', lineno=1, col_offset=3, end_lineno=1, end_col_offset=20), FormattedValue(value=IfExp(test=Compare(left=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ops=[NotEq()], comparators=[Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=8, end_lineno=1, end_col_offset=12), body=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), orelse=Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, col_offset=3, end_lineno=1, end_col_offset=19), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)");
        check(Parser.Mode.EVAL,
                "f'{a!=b=:{c!=d=}}'",
                "JoinedStr(values=[Constant(value='a', lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), FormattedValue(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[NotEq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, format_spec=JoinedStr(values=[Constant(value='c', lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), FormattedValue(value=Compare(left=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ops=[NotEq()], comparators=[Name(id='d', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), conversion=114, lineno=1, col_offset=9, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=8, end_lineno=1, end_col_offset=16), lineno=1, col_offset=2, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)");
    }

    /** A NAME that only normalizes (NFKC) to a keyword is a plain name, in every expression rule. */
    @Test
    void namesSpelledLikeKeywords() {
        check(Parser.Mode.EVAL,
                "ｉｆ + 1",
                "BinOp(left=Name(id='if', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)");
        check(Parser.Mode.EVAL,
                "Ｔｒｕｅ",
                "Name(id='True', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)");
        check(Parser.Mode.EVAL,
                "f(ｗｈｉｌｅ=1, Ｆａｌｓｅ=2)",
                "Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), keywords=[keyword(arg='while', value=Constant(value=1, lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, col_offset=2, end_lineno=1, end_col_offset=19), keyword(arg='False', value=Constant(value=2, lineno=1, col_offset=37, end_lineno=1, end_col_offset=38), lineno=1, col_offset=21, end_lineno=1, end_col_offset=38)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=39)");
        check(Parser.Mode.EVAL,
                "x ｉｎ y",
                "SyntaxError: invalid syntax @ 1:3-1:5");
        check(Parser.Mode.EVAL,
                "x is ｎｏｔ y",
                "SyntaxError: invalid syntax @ 1:10-1:11");
        check(Parser.Mode.EVAL,
                "[x ｆｏｒ x in y]",
                "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:2-1:7");
        check(Parser.Mode.EVAL,
                "a if b ｅｌｓｅ c",
                "SyntaxError: expected 'else' after 'if' expression @ 1:1-1:7");
        check(Parser.Mode.EXEC,
                "Ｎｏｎｅ = 1\n",
                "Assign(targets=[Name(id='None', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], value=Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)");
    }

    /**
     * The nesting limit inside call arguments, class bases, parameters, subscripts, displays and
     * operator repetitions: CPython counts the helper rules its generator makes for groups,
     * repetitions and gathers, so the limits differ from one context to another.
     */
    @Test
    void nestingLimitCountsHelperRules() {
        assertNestingLimit(Parser.Mode.EXEC, "f(", "-", "1)", 5964);
        assertNestingLimit(Parser.Mode.EXEC, "f(a, ", "-", "1)", 5960);
        assertNestingLimit(Parser.Mode.EXEC, "f(x=", "-", "1)", 5961);
        assertNestingLimit(Parser.Mode.EXEC, "f(**", "-", "1)", 5961);
        assertNestingLimit(Parser.Mode.EXEC, "f(a, x=", "-", "1)", 5960);
        assertNestingLimit(Parser.Mode.EXEC, "f(x=1, *", "-", "1)", 5959);
        assertNestingLimit(Parser.Mode.EXEC, "class C(", "-", "1): pass", 5964);
        assertNestingLimit(Parser.Mode.EXEC, "class C(a, ", "-", "1): pass", 5963);
        assertNestingLimit(Parser.Mode.EXEC, "def f(a=", "-", "1): pass", 5964);
        assertNestingLimit(Parser.Mode.EXEC, "def f(a: ", "-", "1): pass", 5963);
        assertNestingLimit(Parser.Mode.EXEC, "def f(*, a=", "-", "1): pass", 5964);
        assertNestingLimit(Parser.Mode.EXEC, "def f(a, /, b=", "-", "1): pass", 5965);
        assertNestingLimit(Parser.Mode.EXEC, "def f(a=", "not ", "x): pass", 5965);
        assertNestingLimit(Parser.Mode.EXEC, "lambda a=", "-", "1: 1", 5961);
        assertNestingLimit(Parser.Mode.EXEC, "del a[", "-", "1]", 5963);
        assertNestingLimit(Parser.Mode.EXEC, "del x, a[", "-", "1]", 5962);
        assertNestingLimit(Parser.Mode.EXEC, "del (a[", "-", "1])", 5935);
        assertNestingLimit(Parser.Mode.EXEC, "a, b[", "-", "1] = 1", 5959);
        assertNestingLimit(Parser.Mode.EXEC, "a[1, ", "-", "1]", 5961);
        assertNestingLimit(Parser.Mode.EXEC, "a[::", "-", "1]", 5963);
        assertNestingLimit(Parser.Mode.EXEC, "(", "-", "1)", 5960);
        assertNestingLimit(Parser.Mode.EXEC, "[", "-", "1]", 5959);
        assertNestingLimit(Parser.Mode.EXEC, "{", "-", "1}", 5959);
        assertNestingLimit(Parser.Mode.EXEC, "{1: ", "-", "1}", 5959);
        assertNestingLimit(Parser.Mode.EXEC, "[x for x in y if ", "-", "1]", 5959);
        assertNestingLimit(Parser.Mode.EXEC, "x or ", "-", "1", 5967);
        assertNestingLimit(Parser.Mode.EXEC, "x < ", "-", "1", 5966);
        assertNestingLimit(Parser.Mode.EXEC, "x = 1, ", "-", "1", 5965);
        assertNestingLimit(Parser.Mode.EXEC, "f'{x:{", "-", "1}}'", 5951);
        assertNestingLimit(Parser.Mode.EXEC, "def f[T: ", "-", "1](): pass", 5965);
        assertNestingLimit(Parser.Mode.EXEC, "with a, ", "-", "1: pass", 5968);
        assertNestingLimit(Parser.Mode.EXEC, "assert 1, ", "-", "1", 5969);
        assertNestingLimit(Parser.Mode.EXEC, "raise x from ", "-", "1", 5969);
    }

    /**
     * The nesting limit of invalid source, reached in the second pass: its invalid_* rules and
     * their helper rules count too, so CPython often gives up at a smaller depth than for the
     * valid source around the same expression.
     */
    @Test
    void nestingLimitInTheSecondPass() {
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "", "-", "1 foo", 5963);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "return ", "-", "1 foo", 5965);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "f(", "-", "1 foo)", 5961);
        assertNestingLimitOfInvalidSource(Parser.Mode.EVAL, "f(", "-", "1) = 1", 5946);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "[x for x in y if ", "-", "1] foo", 5957);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "print(*", "-", "1) foo", 5959);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "{**", "-", "1 for x in y}", 5963);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "with ", "-", "1 as x: pass foo", 5965);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "lambda x=", "-", "1, /: 1 foo", 5954);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "def f(a: ", "-", "1, /): pass foo", 5958);
        assertNestingLimitOfInvalidSource(Parser.Mode.EVAL, "x[", "-", "1] = 1", 5943);
        assertNestingLimitOfInvalidSource(Parser.Mode.EXEC, "", "-", "1 $", 5963);
    }

    /**
     * {@code prefix + unit * (limit - 1) + suffix} is a SyntaxError; one more {@code unit} is too
     * deep.
     */
    private static void assertNestingLimitOfInvalidSource(Parser.Mode mode, String prefix, String unit,
            String suffix, int limit) {
        ParseFailure f = org.junit.jupiter.api.Assertions.assertThrows(ParseFailure.class,
                () -> Parser.parse(prefix + unit.repeat(limit - 1) + suffix, "<test>", mode));
        assertEquals(SyntaxProblem.Kind.SYNTAX_ERROR, f.problem().kind(), prefix + "..." + suffix);
        check(mode, prefix + unit.repeat(limit) + suffix,
                "MemoryError: Parser stack overflowed - Python source too complex to parse");
    }

    /** {@code prefix + unit * (limit - 1) + suffix} parses; one more {@code unit} is too deep. */
    private static void assertNestingLimit(Parser.Mode mode, String prefix, String unit, String suffix, int limit) {
        check(mode, prefix + unit.repeat(limit - 1) + suffix, null);
        check(mode, prefix + unit.repeat(limit) + suffix,
                "MemoryError: Parser stack overflowed - Python source too complex to parse");
    }

    /**
     * Parses {@code source} and compares with {@code expected}: a dump, an error in the form
     * described above, or null for "parses without error".
     */
    private static void check(Parser.Mode mode, String source, String expected) {
        String actual;
        try {
            Mod tree = Parser.parse(source, "<test>", mode);
            if (expected == null) {
                return;
            }
            actual = switch (tree) {
                case Mod.Expression e -> AstDump.dump(e.body(), true);
                case Mod.Module m when m.body().size() == 1 -> AstDump.dump(m.body().get(0), true);
                default -> AstDump.dump(tree, true);
            };
        } catch (ParseFailure f) {
            SyntaxProblem p = f.problem();
            actual = p.kind() == SyntaxProblem.Kind.MEMORY_ERROR ? "MemoryError: " + p.message()
                    : p.kind().pythonName + ": " + p.message() + " @ " + p.lineno() + ":" + p.offset() + "-"
                            + p.endLineno() + ":" + p.endOffset();
        }
        assertEquals(expected, actual, () -> "source: " + source);
    }
}
