package org.pyxis.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyxis.parser.ast.AstDump;
import org.pyxis.parser.ast.Mod;

/**
 * Statements, statement lists and the four start rules ({@link StatementParser},
 * {@link SimpleStatementParser}, {@link DefinitionParser}, {@link CompoundStatementParser}): trees
 * with their positions, and syntax errors with CPython's type, message and location. Every
 * expectation is what CPython 3.13 gives for the same source ({@code ast.dump(tree,
 * include_attributes=True)}, or the SyntaxError's {@code msg, lineno, offset, end_lineno,
 * end_offset}).
 */
class StatementParserTest {
    // ---- simple statements ----

    @Test
    void expressionStatementEndsAtItsLastToken() {
        assertTree("f(x)  # comment\n",
                """
                Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=1), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1,\s\
                end_col_offset=3)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0,\s\
                end_lineno=1, end_col_offset=4)])""");
    }

    @Test
    void assignmentChainHasSeveralTargets() {
        assertTree("a = b = c\n",
                """
                Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)],\s\
                value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1,\s\
                col_offset=0, end_lineno=1, end_col_offset=9)])""");
    }

    @Test
    void starredAndTupleTargets() {
        assertTree("a, *b = [c, *d] = e\n",
                """
                Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1,\s\
                end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5)], ctx=Store(),\s\
                lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), List(elts=[Name(id='c', ctx=Store(), lineno=1,\s\
                col_offset=9, end_lineno=1, end_col_offset=10), Starred(value=Name(id='d', ctx=Store(), lineno=1,\s\
                col_offset=13, end_lineno=1, end_col_offset=14), ctx=Store(), lineno=1, col_offset=12, end_lineno=1,\s\
                end_col_offset=14)], ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=15)],\s\
                value=Name(id='e', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1,\s\
                col_offset=0, end_lineno=1, end_col_offset=19)])""");
    }

    @Test
    void annotatedNameIsSimple() {
        assertTree("x: int = 1\n",
                """
                Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1,\s\
                end_col_offset=6), value=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10),\s\
                simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])""");
    }

    @Test
    void annotatedAttributeAndParenthesizedNameAreNotSimple() {
        assertTree("x.y: int\n"
                + "(z): str = \"s\"\n",
                """
                Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0,\s\
                end_lineno=1, end_col_offset=1), attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=3), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1,\s\
                end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8),\s\
                AnnAssign(target=Name(id='z', ctx=Store(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2),\s\
                annotation=Name(id='str', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=8),\s\
                value=Constant(value='s', lineno=2, col_offset=11, end_lineno=2, end_col_offset=14), simple=0, lineno=2,\s\
                col_offset=0, end_lineno=2, end_col_offset=14)])""");
    }

    @Test
    void annotatedAssignmentTakesYield() {
        assertTree("def f():\n"
                + "    x: int = yield\n",
                """
                Module(body=[FunctionDef(name='f', args=arguments(), body=[AnnAssign(target=Name(id='x', ctx=Store(),\s\
                lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), annotation=Name(id='int', ctx=Load(), lineno=2,\s\
                col_offset=7, end_lineno=2, end_col_offset=10), value=Yield(lineno=2, col_offset=13, end_lineno=2,\s\
                end_col_offset=18), simple=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=18)], lineno=1,\s\
                col_offset=0, end_lineno=2, end_col_offset=18)])""");
    }

    @Test
    void augmentedAssignmentOperators() {
        assertTree("a += 1\n"
                + "b -= 1\n"
                + "c *= 1\n"
                + "d @= 1\n"
                + "e /= 1\n"
                + "f %= 1\n"
                + "g &= 1\n"
                + "h |= 1\n"
                + "i ^= 1\n"
                + "j <<= 1\n"
                + "k >>= 1\n"
                + "l **= 1\n"
                + "m //= 1\n",
                """
                Module(body=[AugAssign(target=Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1,\s\
                end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), AugAssign(target=Name(id='b',\s\
                ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), op=Sub(), value=Constant(value=1,\s\
                lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=2, col_offset=0, end_lineno=2,\s\
                end_col_offset=6), AugAssign(target=Name(id='c', ctx=Store(), lineno=3, col_offset=0, end_lineno=3,\s\
                end_col_offset=1), op=Mult(), value=Constant(value=1, lineno=3, col_offset=5, end_lineno=3,\s\
                end_col_offset=6), lineno=3, col_offset=0, end_lineno=3, end_col_offset=6), AugAssign(target=Name(id='d',\s\
                ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1), op=MatMult(),\s\
                value=Constant(value=1, lineno=4, col_offset=5, end_lineno=4, end_col_offset=6), lineno=4, col_offset=0,\s\
                end_lineno=4, end_col_offset=6), AugAssign(target=Name(id='e', ctx=Store(), lineno=5, col_offset=0,\s\
                end_lineno=5, end_col_offset=1), op=Div(), value=Constant(value=1, lineno=5, col_offset=5, end_lineno=5,\s\
                end_col_offset=6), lineno=5, col_offset=0, end_lineno=5, end_col_offset=6), AugAssign(target=Name(id='f',\s\
                ctx=Store(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=1), op=Mod(), value=Constant(value=1,\s\
                lineno=6, col_offset=5, end_lineno=6, end_col_offset=6), lineno=6, col_offset=0, end_lineno=6,\s\
                end_col_offset=6), AugAssign(target=Name(id='g', ctx=Store(), lineno=7, col_offset=0, end_lineno=7,\s\
                end_col_offset=1), op=BitAnd(), value=Constant(value=1, lineno=7, col_offset=5, end_lineno=7,\s\
                end_col_offset=6), lineno=7, col_offset=0, end_lineno=7, end_col_offset=6), AugAssign(target=Name(id='h',\s\
                ctx=Store(), lineno=8, col_offset=0, end_lineno=8, end_col_offset=1), op=BitOr(), value=Constant(value=1,\s\
                lineno=8, col_offset=5, end_lineno=8, end_col_offset=6), lineno=8, col_offset=0, end_lineno=8,\s\
                end_col_offset=6), AugAssign(target=Name(id='i', ctx=Store(), lineno=9, col_offset=0, end_lineno=9,\s\
                end_col_offset=1), op=BitXor(), value=Constant(value=1, lineno=9, col_offset=5, end_lineno=9,\s\
                end_col_offset=6), lineno=9, col_offset=0, end_lineno=9, end_col_offset=6), AugAssign(target=Name(id='j',\s\
                ctx=Store(), lineno=10, col_offset=0, end_lineno=10, end_col_offset=1), op=LShift(),\s\
                value=Constant(value=1, lineno=10, col_offset=6, end_lineno=10, end_col_offset=7), lineno=10,\s\
                col_offset=0, end_lineno=10, end_col_offset=7), AugAssign(target=Name(id='k', ctx=Store(), lineno=11,\s\
                col_offset=0, end_lineno=11, end_col_offset=1), op=RShift(), value=Constant(value=1, lineno=11,\s\
                col_offset=6, end_lineno=11, end_col_offset=7), lineno=11, col_offset=0, end_lineno=11,\s\
                end_col_offset=7), AugAssign(target=Name(id='l', ctx=Store(), lineno=12, col_offset=0, end_lineno=12,\s\
                end_col_offset=1), op=Pow(), value=Constant(value=1, lineno=12, col_offset=6, end_lineno=12,\s\
                end_col_offset=7), lineno=12, col_offset=0, end_lineno=12, end_col_offset=7),\s\
                AugAssign(target=Name(id='m', ctx=Store(), lineno=13, col_offset=0, end_lineno=13, end_col_offset=1),\s\
                op=FloorDiv(), value=Constant(value=1, lineno=13, col_offset=6, end_lineno=13, end_col_offset=7),\s\
                lineno=13, col_offset=0, end_lineno=13, end_col_offset=7)])""");
    }

    @Test
    void augmentedAssignmentToSubscript() {
        assertTree("x[0].y += yield\n",
                """
                Module(body=[AugAssign(target=Attribute(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1,\s\
                col_offset=0, end_lineno=1, end_col_offset=1), slice=Constant(value=0, lineno=1, col_offset=2,\s\
                end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4),\s\
                attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), op=Add(),\s\
                value=Yield(lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0,\s\
                end_lineno=1, end_col_offset=15)])""");
    }

    @Test
    void typeAliasStatement() {
        assertTree("type Point = tuple[float, float]\n",
                """
                Module(body=[TypeAlias(name=Name(id='Point', ctx=Store(), lineno=1, col_offset=5, end_lineno=1,\s\
                end_col_offset=10), value=Subscript(value=Name(id='tuple', ctx=Load(), lineno=1, col_offset=13,\s\
                end_lineno=1, end_col_offset=18), slice=Tuple(elts=[Name(id='float', ctx=Load(), lineno=1, col_offset=19,\s\
                end_lineno=1, end_col_offset=24), Name(id='float', ctx=Load(), lineno=1, col_offset=26, end_lineno=1,\s\
                end_col_offset=31)], ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=31), ctx=Load(),\s\
                lineno=1, col_offset=13, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=32)])""");
    }

    @Test
    void typeAliasWithTypeParameters() {
        assertTree("type Pair[T, *Ts, **P] = tuple[T, T]\n",
                """
                Module(body=[TypeAlias(name=Name(id='Pair', ctx=Store(), lineno=1, col_offset=5, end_lineno=1,\s\
                end_col_offset=9), type_params=[TypeVar(name='T', lineno=1, col_offset=10, end_lineno=1,\s\
                end_col_offset=11), TypeVarTuple(name='Ts', lineno=1, col_offset=13, end_lineno=1, end_col_offset=16),\s\
                ParamSpec(name='P', lineno=1, col_offset=18, end_lineno=1, end_col_offset=21)],\s\
                value=Subscript(value=Name(id='tuple', ctx=Load(), lineno=1, col_offset=25, end_lineno=1,\s\
                end_col_offset=30), slice=Tuple(elts=[Name(id='T', ctx=Load(), lineno=1, col_offset=31, end_lineno=1,\s\
                end_col_offset=32), Name(id='T', ctx=Load(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35)],\s\
                ctx=Load(), lineno=1, col_offset=31, end_lineno=1, end_col_offset=35), ctx=Load(), lineno=1,\s\
                col_offset=25, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=36)])""");
    }

    @Test
    void typeIsANameElsewhere() {
        assertTree("type = 1\n"
                + "type(x)\n"
                + "type.x: int\n"
                + "print(type)\n",
                """
                Module(body=[Assign(targets=[Name(id='type', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=4)], value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8),\s\
                lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Expr(value=Call(func=Name(id='type', ctx=Load(),\s\
                lineno=2, col_offset=0, end_lineno=2, end_col_offset=4), args=[Name(id='x', ctx=Load(), lineno=2,\s\
                col_offset=5, end_lineno=2, end_col_offset=6)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=7),\s\
                lineno=2, col_offset=0, end_lineno=2, end_col_offset=7), AnnAssign(target=Attribute(value=Name(id='type',\s\
                ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4), attr='x', ctx=Store(), lineno=3,\s\
                col_offset=0, end_lineno=3, end_col_offset=6), annotation=Name(id='int', ctx=Load(), lineno=3,\s\
                col_offset=8, end_lineno=3, end_col_offset=11), simple=0, lineno=3, col_offset=0, end_lineno=3,\s\
                end_col_offset=11), Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=4, col_offset=0,\s\
                end_lineno=4, end_col_offset=5), args=[Name(id='type', ctx=Load(), lineno=4, col_offset=6, end_lineno=4,\s\
                end_col_offset=10)], lineno=4, col_offset=0, end_lineno=4, end_col_offset=11), lineno=4, col_offset=0,\s\
                end_lineno=4, end_col_offset=11)])""");
    }

    @Test
    void returnRaiseAssert() {
        assertTree("def f():\n"
                + "    return\n"
                + "    return 1, *a\n"
                + "    raise\n"
                + "    raise E\n"
                + "    raise E from None\n"
                + "    assert x\n"
                + "    assert x, \"m\"\n",
                """
                Module(body=[FunctionDef(name='f', args=arguments(), body=[Return(lineno=2, col_offset=4, end_lineno=2,\s\
                end_col_offset=10), Return(value=Tuple(elts=[Constant(value=1, lineno=3, col_offset=11, end_lineno=3,\s\
                end_col_offset=12), Starred(value=Name(id='a', ctx=Load(), lineno=3, col_offset=15, end_lineno=3,\s\
                end_col_offset=16), ctx=Load(), lineno=3, col_offset=14, end_lineno=3, end_col_offset=16)], ctx=Load(),\s\
                lineno=3, col_offset=11, end_lineno=3, end_col_offset=16), lineno=3, col_offset=4, end_lineno=3,\s\
                end_col_offset=16), Raise(lineno=4, col_offset=4, end_lineno=4, end_col_offset=9), Raise(exc=Name(id='E',\s\
                ctx=Load(), lineno=5, col_offset=10, end_lineno=5, end_col_offset=11), lineno=5, col_offset=4,\s\
                end_lineno=5, end_col_offset=11), Raise(exc=Name(id='E', ctx=Load(), lineno=6, col_offset=10,\s\
                end_lineno=6, end_col_offset=11), cause=Constant(value=None, lineno=6, col_offset=17, end_lineno=6,\s\
                end_col_offset=21), lineno=6, col_offset=4, end_lineno=6, end_col_offset=21), Assert(test=Name(id='x',\s\
                ctx=Load(), lineno=7, col_offset=11, end_lineno=7, end_col_offset=12), lineno=7, col_offset=4,\s\
                end_lineno=7, end_col_offset=12), Assert(test=Name(id='x', ctx=Load(), lineno=8, col_offset=11,\s\
                end_lineno=8, end_col_offset=12), msg=Constant(value='m', lineno=8, col_offset=14, end_lineno=8,\s\
                end_col_offset=17), lineno=8, col_offset=4, end_lineno=8, end_col_offset=17)], lineno=1, col_offset=0,\s\
                end_lineno=8, end_col_offset=17)])""");
    }

    @Test
    void globalAndNonlocalNames() {
        assertTree("def f():\n"
                + "    global a, b\n"
                + "    nonlocal c\n",
                """
                Module(body=[FunctionDef(name='f', args=arguments(), body=[Global(names=['a', 'b'], lineno=2,\s\
                col_offset=4, end_lineno=2, end_col_offset=15), Nonlocal(names=['c'], lineno=3, col_offset=4,\s\
                end_lineno=3, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=14)])""");
    }

    @Test
    void deleteTargetsIncludeTrailingComma() {
        assertTree("del a, b[0], c.d,\n",
                """
                Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1,\s\
                end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1,\s\
                end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10),\s\
                ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c',\s\
                ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1,\s\
                col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=17)])""");
    }

    @Test
    void deleteParenthesizedAndListTargets() {
        assertTree("del (a), [b, c], (d, e)\n",
                """
                Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=5, end_lineno=1,\s\
                end_col_offset=6), List(elts=[Name(id='b', ctx=Del(), lineno=1, col_offset=10, end_lineno=1,\s\
                end_col_offset=11), Name(id='c', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)],\s\
                ctx=Del(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=15), Tuple(elts=[Name(id='d', ctx=Del(),\s\
                lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), Name(id='e', ctx=Del(), lineno=1,\s\
                col_offset=21, end_lineno=1, end_col_offset=22)], ctx=Del(), lineno=1, col_offset=17, end_lineno=1,\s\
                end_col_offset=23)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)])""");
    }

    @Test
    void yieldStatements() {
        assertTree("def f():\n"
                + "    yield\n"
                + "    yield 1, 2\n"
                + "    yield from g()\n",
                """
                Module(body=[FunctionDef(name='f', args=arguments(), body=[Expr(value=Yield(lineno=2, col_offset=4,\s\
                end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9),\s\
                Expr(value=Yield(value=Tuple(elts=[Constant(value=1, lineno=3, col_offset=10, end_lineno=3,\s\
                end_col_offset=11), Constant(value=2, lineno=3, col_offset=13, end_lineno=3, end_col_offset=14)],\s\
                ctx=Load(), lineno=3, col_offset=10, end_lineno=3, end_col_offset=14), lineno=3, col_offset=4,\s\
                end_lineno=3, end_col_offset=14), lineno=3, col_offset=4, end_lineno=3, end_col_offset=14),\s\
                Expr(value=YieldFrom(value=Call(func=Name(id='g', ctx=Load(), lineno=4, col_offset=15, end_lineno=4,\s\
                end_col_offset=16), lineno=4, col_offset=15, end_lineno=4, end_col_offset=18), lineno=4, col_offset=4,\s\
                end_lineno=4, end_col_offset=18), lineno=4, col_offset=4, end_lineno=4, end_col_offset=18)], lineno=1,\s\
                col_offset=0, end_lineno=4, end_col_offset=18)])""");
    }

    @Test
    void passBreakContinueAndSemicolons() {
        assertTree("while x: pass; break; continue;\n",
                """
                Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7),\s\
                body=[Pass(lineno=1, col_offset=9, end_lineno=1, end_col_offset=13), Break(lineno=1, col_offset=15,\s\
                end_lineno=1, end_col_offset=20), Continue(lineno=1, col_offset=22, end_lineno=1, end_col_offset=30)],\s\
                lineno=1, col_offset=0, end_lineno=1, end_col_offset=31)])""");
    }

    // ---- imports ----

    @Test
    void importDottedNamesWithAliases() {
        assertTree("import a.b.c as d, e\n",
                """
                Module(body=[Import(names=[alias(name='a.b.c', asname='d', lineno=1, col_offset=7, end_lineno=1,\s\
                end_col_offset=17), alias(name='e', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1,\s\
                col_offset=0, end_lineno=1, end_col_offset=20)])""");
    }

    @Test
    void fromImportWithParenthesesAndTrailingComma() {
        assertTree("from a.b import (c, d as e,)\n",
                """
                Module(body=[ImportFrom(module='a.b', names=[alias(name='c', lineno=1, col_offset=17, end_lineno=1,\s\
                end_col_offset=18), alias(name='d', asname='e', lineno=1, col_offset=20, end_lineno=1,\s\
                end_col_offset=26)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)])""");
    }

    @Test
    void relativeImportsCountDotsAndEllipses() {
        assertTree("from . import a\n"
                + "from .. import b\n"
                + "from ... import c\n"
                + "from .... import d\n"
                + "from .x.y import z\n",
                """
                Module(body=[ImportFrom(names=[alias(name='a', lineno=1, col_offset=14, end_lineno=1,\s\
                end_col_offset=15)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15),\s\
                ImportFrom(names=[alias(name='b', lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)], level=2,\s\
                lineno=2, col_offset=0, end_lineno=2, end_col_offset=16), ImportFrom(names=[alias(name='c', lineno=3,\s\
                col_offset=16, end_lineno=3, end_col_offset=17)], level=3, lineno=3, col_offset=0, end_lineno=3,\s\
                end_col_offset=17), ImportFrom(names=[alias(name='d', lineno=4, col_offset=17, end_lineno=4,\s\
                end_col_offset=18)], level=4, lineno=4, col_offset=0, end_lineno=4, end_col_offset=18),\s\
                ImportFrom(module='x.y', names=[alias(name='z', lineno=5, col_offset=17, end_lineno=5,\s\
                end_col_offset=18)], level=1, lineno=5, col_offset=0, end_lineno=5, end_col_offset=18)])""");
    }

    @Test
    void importStarAliasSpansTheStar() {
        assertTree("from m import *\n",
                """
                Module(body=[ImportFrom(module='m', names=[alias(name='*', lineno=1, col_offset=14, end_lineno=1,\s\
                end_col_offset=15)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])""");
    }

    @Test
    void futureImportIsAnOrdinaryImport() {
        assertTree("from __future__ import annotations\n",
                """
                Module(body=[ImportFrom(module='__future__', names=[alias(name='annotations', lineno=1, col_offset=23,\s\
                end_lineno=1, end_col_offset=34)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)])""");
    }

    // ---- compound statements ----

    @Test
    void ifElifElseNestsElifsInOrelse() {
        assertTree("if a:\n"
                + "    pass\n"
                + "elif b:\n"
                + "    pass\n"
                + "elif c:\n"
                + "    pass\n"
                + "else:\n"
                + "    pass\n",
                """
                Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4),\s\
                body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b',\s\
                ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4,\s\
                end_lineno=4, end_col_offset=8)], orelse=[If(test=Name(id='c', ctx=Load(), lineno=5, col_offset=5,\s\
                end_lineno=5, end_col_offset=6), body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)],\s\
                orelse=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], lineno=5, col_offset=0,\s\
                end_lineno=8, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=8, end_col_offset=8)], lineno=1,\s\
                col_offset=0, end_lineno=8, end_col_offset=8)])""");
    }

    @Test
    void compoundStatementEndsWithItsLastBodyStatement() {
        assertTree("if a:\n"
                + "    x = 1\n"
                + "\n"
                + "    # trailing comment\n"
                + "\n"
                + "y = 2\n",
                """
                Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4),\s\
                body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)],\s\
                value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4,\s\
                end_lineno=2, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=9),\s\
                Assign(targets=[Name(id='y', ctx=Store(), lineno=6, col_offset=0, end_lineno=6, end_col_offset=1)],\s\
                value=Constant(value=2, lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), lineno=6, col_offset=0,\s\
                end_lineno=6, end_col_offset=5)])""");
    }

    @Test
    void whileWithElse() {
        assertTree("while x:\n"
                + "    pass\n"
                + "else:\n"
                + "    pass\n",
                """
                Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7),\s\
                body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[Pass(lineno=4, col_offset=4,\s\
                end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])""");
    }

    @Test
    void forWithTupleTargetAndElse() {
        assertTree("for i, j in x, y:\n"
                + "    pass\n"
                + "else:\n"
                + "    pass\n",
                """
                Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store(), lineno=1, col_offset=4, end_lineno=1,\s\
                end_col_offset=5), Name(id='j', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)],\s\
                ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), iter=Tuple(elts=[Name(id='x',\s\
                ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), Name(id='y', ctx=Load(), lineno=1,\s\
                col_offset=15, end_lineno=1, end_col_offset=16)], ctx=Load(), lineno=1, col_offset=12, end_lineno=1,\s\
                end_col_offset=16), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)],\s\
                orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0,\s\
                end_lineno=4, end_col_offset=8)])""");
    }

    @Test
    void asyncStatementsStartAtAsync() {
        assertTree("async def f():\n"
                + "    async for x in y: pass\n"
                + "    async with a as b, c: pass\n",
                """
                Module(body=[AsyncFunctionDef(name='f', args=arguments(), body=[AsyncFor(target=Name(id='x', ctx=Store(),\s\
                lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=2,\s\
                col_offset=19, end_lineno=2, end_col_offset=20), body=[Pass(lineno=2, col_offset=22, end_lineno=2,\s\
                end_col_offset=26)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=26),\s\
                AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=3, col_offset=15, end_lineno=3,\s\
                end_col_offset=16), optional_vars=Name(id='b', ctx=Store(), lineno=3, col_offset=20, end_lineno=3,\s\
                end_col_offset=21)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=3, col_offset=23,\s\
                end_lineno=3, end_col_offset=24))], body=[Pass(lineno=3, col_offset=26, end_lineno=3,\s\
                end_col_offset=30)], lineno=3, col_offset=4, end_lineno=3, end_col_offset=30)], lineno=1, col_offset=0,\s\
                end_lineno=3, end_col_offset=30)])""");
    }

    @Test
    void withItemsAndTargets() {
        assertTree("with a as b, c as (d, *e), f:\n"
                + "    pass\n",
                """
                Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5,\s\
                end_lineno=1, end_col_offset=6), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=10,\s\
                end_lineno=1, end_col_offset=11)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1,\s\
                col_offset=13, end_lineno=1, end_col_offset=14), optional_vars=Tuple(elts=[Name(id='d', ctx=Store(),\s\
                lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), Starred(value=Name(id='e', ctx=Store(),\s\
                lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), ctx=Store(), lineno=1, col_offset=22,\s\
                end_lineno=1, end_col_offset=24)], ctx=Store(), lineno=1, col_offset=18, end_lineno=1,\s\
                end_col_offset=25)), withitem(context_expr=Name(id='f', ctx=Load(), lineno=1, col_offset=27,\s\
                end_lineno=1, end_col_offset=28))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)],\s\
                lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)])""");
    }

    @Test
    void parenthesizedWithItems() {
        assertTree("with (\n"
                + "    open(a) as b,\n"
                + "    open(c) as d,\n"
                + "):\n"
                + "    pass\n",
                """
                Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load(), lineno=2,\s\
                col_offset=4, end_lineno=2, end_col_offset=8), args=[Name(id='a', ctx=Load(), lineno=2, col_offset=9,\s\
                end_lineno=2, end_col_offset=10)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=11),\s\
                optional_vars=Name(id='b', ctx=Store(), lineno=2, col_offset=15, end_lineno=2, end_col_offset=16)),\s\
                withitem(context_expr=Call(func=Name(id='open', ctx=Load(), lineno=3, col_offset=4, end_lineno=3,\s\
                end_col_offset=8), args=[Name(id='c', ctx=Load(), lineno=3, col_offset=9, end_lineno=3,\s\
                end_col_offset=10)], lineno=3, col_offset=4, end_lineno=3, end_col_offset=11), optional_vars=Name(id='d',\s\
                ctx=Store(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=16))], body=[Pass(lineno=5,\s\
                col_offset=4, end_lineno=5, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=5,\s\
                end_col_offset=8)])""");
    }

    @Test
    void parenthesizedWithExpressionIsOneItem() {
        assertTree("with (a, b) as c:\n"
                + "    pass\n"
                + "with (a, b):\n"
                + "    pass\n",
                """
                Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1,\s\
                col_offset=6, end_lineno=1, end_col_offset=7), Name(id='b', ctx=Load(), lineno=1, col_offset=9,\s\
                end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11),\s\
                optional_vars=Name(id='c', ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16))],\s\
                body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0,\s\
                end_lineno=2, end_col_offset=8), With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=3,\s\
                col_offset=6, end_lineno=3, end_col_offset=7)), withitem(context_expr=Name(id='b', ctx=Load(), lineno=3,\s\
                col_offset=9, end_lineno=3, end_col_offset=10))], body=[Pass(lineno=4, col_offset=4, end_lineno=4,\s\
                end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)])""");
    }

    @Test
    void tryExceptElseFinally() {
        assertTree("try:\n"
                + "    pass\n"
                + "except (A, B) as e:\n"
                + "    pass\n"
                + "except C:\n"
                + "    pass\n"
                + "except:\n"
                + "    pass\n"
                + "else:\n"
                + "    pass\n"
                + "finally:\n"
                + "    pass\n",
                """
                Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)],\s\
                handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=8, end_lineno=3,\s\
                end_col_offset=9), Name(id='B', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)],\s\
                ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=13), name='e', body=[Pass(lineno=4,\s\
                col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8),\s\
                ExceptHandler(type=Name(id='C', ctx=Load(), lineno=5, col_offset=7, end_lineno=5, end_col_offset=8),\s\
                body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0,\s\
                end_lineno=6, end_col_offset=8), ExceptHandler(body=[Pass(lineno=8, col_offset=4, end_lineno=8,\s\
                end_col_offset=8)], lineno=7, col_offset=0, end_lineno=8, end_col_offset=8)], orelse=[Pass(lineno=10,\s\
                col_offset=4, end_lineno=10, end_col_offset=8)], finalbody=[Pass(lineno=12, col_offset=4, end_lineno=12,\s\
                end_col_offset=8)], lineno=1, col_offset=0, end_lineno=12, end_col_offset=8)])""");
    }

    @Test
    void tryFinallyWithoutHandlers() {
        assertTree("try:\n"
                + "    pass\n"
                + "finally:\n"
                + "    pass\n",
                """
                Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)],\s\
                finalbody=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0,\s\
                end_lineno=4, end_col_offset=8)])""");
    }

    @Test
    void tryStarMakesTryStar() {
        assertTree("try:\n"
                + "    pass\n"
                + "except* A as e:\n"
                + "    pass\n"
                + "except* B:\n"
                + "    pass\n",
                """
                Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)],\s\
                handlers=[ExceptHandler(type=Name(id='A', ctx=Load(), lineno=3, col_offset=8, end_lineno=3,\s\
                end_col_offset=9), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)],\s\
                lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(type=Name(id='B', ctx=Load(),\s\
                lineno=5, col_offset=8, end_lineno=5, end_col_offset=9), body=[Pass(lineno=6, col_offset=4, end_lineno=6,\s\
                end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0,\s\
                end_lineno=6, end_col_offset=8)])""");
    }

    @Test
    void decoratedFunctionStartsAtDef() {
        assertTree("@a\n"
                + "@b.c(d)\n"
                + "def f(x, /, y=1, *a, z, **k) -> int:\n"
                + "    return x\n",
                """
                Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='x', lineno=3, col_offset=6,\s\
                end_lineno=3, end_col_offset=7)], args=[arg(arg='y', lineno=3, col_offset=12, end_lineno=3,\s\
                end_col_offset=13)], vararg=arg(arg='a', lineno=3, col_offset=18, end_lineno=3, end_col_offset=19),\s\
                kwonlyargs=[arg(arg='z', lineno=3, col_offset=21, end_lineno=3, end_col_offset=22)], kw_defaults=[None],\s\
                kwarg=arg(arg='k', lineno=3, col_offset=26, end_lineno=3, end_col_offset=27), defaults=[Constant(value=1,\s\
                lineno=3, col_offset=14, end_lineno=3, end_col_offset=15)]), body=[Return(value=Name(id='x', ctx=Load(),\s\
                lineno=4, col_offset=11, end_lineno=4, end_col_offset=12), lineno=4, col_offset=4, end_lineno=4,\s\
                end_col_offset=12)], decorator_list=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1,\s\
                end_col_offset=2), Call(func=Attribute(value=Name(id='b', ctx=Load(), lineno=2, col_offset=1,\s\
                end_lineno=2, end_col_offset=2), attr='c', ctx=Load(), lineno=2, col_offset=1, end_lineno=2,\s\
                end_col_offset=4), args=[Name(id='d', ctx=Load(), lineno=2, col_offset=5, end_lineno=2,\s\
                end_col_offset=6)], lineno=2, col_offset=1, end_lineno=2, end_col_offset=7)], returns=Name(id='int',\s\
                ctx=Load(), lineno=3, col_offset=32, end_lineno=3, end_col_offset=35), lineno=3, col_offset=0,\s\
                end_lineno=4, end_col_offset=12)])""");
    }

    @Test
    void asyncFunctionDefinition() {
        assertTree("async def f[T](a: T = 1, *, b) -> T:\n"
                + "    await a\n",
                """
                Module(body=[AsyncFunctionDef(name='f', args=arguments(args=[arg(arg='a', annotation=Name(id='T',\s\
                ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), lineno=1, col_offset=15,\s\
                end_lineno=1, end_col_offset=19)], kwonlyargs=[arg(arg='b', lineno=1, col_offset=28, end_lineno=1,\s\
                end_col_offset=29)], kw_defaults=[None], defaults=[Constant(value=1, lineno=1, col_offset=22,\s\
                end_lineno=1, end_col_offset=23)]), body=[Expr(value=Await(value=Name(id='a', ctx=Load(), lineno=2,\s\
                col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=4, end_lineno=2,\s\
                end_col_offset=11), lineno=2, col_offset=4, end_lineno=2, end_col_offset=11)], returns=Name(id='T',\s\
                ctx=Load(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35), type_params=[TypeVar(name='T',\s\
                lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=2,\s\
                end_col_offset=11)])""");
    }

    @Test
    void classWithBasesKeywordsAndDecorator() {
        assertTree("@dec\n"
                + "class A(B, *c, metaclass=M, **k):\n"
                + "    x: int\n",
                """
                Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=2, col_offset=8, end_lineno=2,\s\
                end_col_offset=9), Starred(value=Name(id='c', ctx=Load(), lineno=2, col_offset=12, end_lineno=2,\s\
                end_col_offset=13), ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=13)],\s\
                keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=2, col_offset=25, end_lineno=2,\s\
                end_col_offset=26), lineno=2, col_offset=15, end_lineno=2, end_col_offset=26), keyword(value=Name(id='k',\s\
                ctx=Load(), lineno=2, col_offset=30, end_lineno=2, end_col_offset=31), lineno=2, col_offset=28,\s\
                end_lineno=2, end_col_offset=31)], body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=3,\s\
                col_offset=4, end_lineno=3, end_col_offset=5), annotation=Name(id='int', ctx=Load(), lineno=3,\s\
                col_offset=7, end_lineno=3, end_col_offset=10), simple=1, lineno=3, col_offset=4, end_lineno=3,\s\
                end_col_offset=10)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1,\s\
                end_col_offset=4)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=10)])""");
    }

    @Test
    void classWithEmptyParentheses() {
        assertTree("class A():\n"
                + "    pass\n",
                """
                Module(body=[ClassDef(name='A', body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)],\s\
                lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)])""");
    }

    @Test
    void typeParametersWithBoundsAndDefaults() {
        assertTree("def f[T: int = str, *Ts = *tuple[int], **P = [int]](): pass\n"
                + "class C[T: (int, str)]: pass\n",
                """
                Module(body=[FunctionDef(name='f', args=arguments(), body=[Pass(lineno=1, col_offset=55, end_lineno=1,\s\
                end_col_offset=59)], type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load(), lineno=1,\s\
                col_offset=9, end_lineno=1, end_col_offset=12), default_value=Name(id='str', ctx=Load(), lineno=1,\s\
                col_offset=15, end_lineno=1, end_col_offset=18), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=18), TypeVarTuple(name='Ts', default_value=Starred(value=Subscript(value=Name(id='tuple',\s\
                ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=32), slice=Name(id='int', ctx=Load(),\s\
                lineno=1, col_offset=33, end_lineno=1, end_col_offset=36), ctx=Load(), lineno=1, col_offset=27,\s\
                end_lineno=1, end_col_offset=37), ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=37),\s\
                lineno=1, col_offset=20, end_lineno=1, end_col_offset=37), ParamSpec(name='P',\s\
                default_value=List(elts=[Name(id='int', ctx=Load(), lineno=1, col_offset=46, end_lineno=1,\s\
                end_col_offset=49)], ctx=Load(), lineno=1, col_offset=45, end_lineno=1, end_col_offset=50), lineno=1,\s\
                col_offset=39, end_lineno=1, end_col_offset=50)], lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=59), ClassDef(name='C', body=[Pass(lineno=2, col_offset=24, end_lineno=2,\s\
                end_col_offset=28)], type_params=[TypeVar(name='T', bound=Tuple(elts=[Name(id='int', ctx=Load(),\s\
                lineno=2, col_offset=12, end_lineno=2, end_col_offset=15), Name(id='str', ctx=Load(), lineno=2,\s\
                col_offset=17, end_lineno=2, end_col_offset=20)], ctx=Load(), lineno=2, col_offset=11, end_lineno=2,\s\
                end_col_offset=21), lineno=2, col_offset=8, end_lineno=2, end_col_offset=21)], lineno=2, col_offset=0,\s\
                end_lineno=2, end_col_offset=28)])""");
    }

    @Test
    void oneLineBodies() {
        assertTree("if x: a; b\n"
                + "class A: pass\n"
                + "def f(): return 1\n",
                """
                Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4),\s\
                body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7),\s\
                lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Expr(value=Name(id='b', ctx=Load(), lineno=1,\s\
                col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=9, end_lineno=1,\s\
                end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), ClassDef(name='A',\s\
                body=[Pass(lineno=2, col_offset=9, end_lineno=2, end_col_offset=13)], lineno=2, col_offset=0,\s\
                end_lineno=2, end_col_offset=13), FunctionDef(name='f', args=arguments(),\s\
                body=[Return(value=Constant(value=1, lineno=3, col_offset=16, end_lineno=3, end_col_offset=17), lineno=3,\s\
                col_offset=9, end_lineno=3, end_col_offset=17)], lineno=3, col_offset=0, end_lineno=3,\s\
                end_col_offset=17)])""");
    }

    // ---- modes ----

    @Test
    void emptyModule() {
        assertTree("",
                """
                Module()""");
    }

    @Test
    void blankLinesAndCommentsOnly() {
        assertTree("\n"
                + "\n"
                + "   \n"
                + "# comment\n",
                """
                Module()""");
    }

    @Test
    void evalModeTakesExpressions() {
        assertError(Parser.Mode.EVAL, "x, *y\n"
                + "\n",
                "SyntaxError", "invalid syntax", 1, 4, 1, 5);
    }

    @Test
    void singleModeTakesOneStatement() {
        assertTree(Parser.Mode.SINGLE, "x = 1; y = 2\n",
                """
                Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5),\s\
                lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Assign(targets=[Name(id='y', ctx=Store(),\s\
                lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], value=Constant(value=2, lineno=1,\s\
                col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=7, end_lineno=1,\s\
                end_col_offset=12)])""");
    }

    @Test
    void singleModeTakesOneCompoundStatement() {
        assertTree(Parser.Mode.SINGLE, "if x:\n"
                + "    pass\n",
                """
                Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1,\s\
                end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1,\s\
                col_offset=0, end_lineno=2, end_col_offset=8)])""");
    }

    @Test
    void singleModeRejectsASecondStatement() {
        assertError(Parser.Mode.SINGLE, "x = 1\n"
                + "y = 2\n",
                "SyntaxError", "multiple statements found while compiling a single statement", 1, 6, 1, 7);
    }

    @Test
    void singleModeCompoundStatementNeedsNewlineAtEnd() {
        assertError(Parser.Mode.SINGLE, "if x: pass",
                "SyntaxError", "invalid syntax", 1, 0, 1, 0);
    }

    @Test
    void funcTypeMode() {
        assertTree(Parser.Mode.FUNC_TYPE, "(int, *str, **float) -> None",
                """
                FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, end_lineno=1,\s\
                end_col_offset=4), Name(id='str', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10),\s\
                Name(id='float', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=19)],\s\
                returns=Constant(value=None, lineno=1, col_offset=24, end_lineno=1, end_col_offset=28))""");
    }

    @Test
    void singleModeWithoutFinalNewlineEndsBlocks() {
        assertTree(Parser.Mode.SINGLE, "if x:\n"
                + "    if y:\n"
                + "        pass",
                """
                Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1,\s\
                end_col_offset=4), body=[If(test=Name(id='y', ctx=Load(), lineno=2, col_offset=7, end_lineno=2,\s\
                end_col_offset=8), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)], lineno=2,\s\
                col_offset=4, end_lineno=3, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=3,\s\
                end_col_offset=12)])""");
    }

    @Test
    void singleModeErrorAtEndOfInputWithoutNewline() {
        assertError(Parser.Mode.SINGLE, "class A:",
                "IndentationError", "expected an indented block after class definition on line 1", 1, 8, 1, -1);
    }

    @Test
    void evalModeErrorAtEndOfInputWithoutNewline() {
        assertError(Parser.Mode.EVAL, "1 +",
                "SyntaxError", "invalid syntax", 1, 0, 1, 0);
    }

    @Test
    void evalModeRejectsStatements() {
        assertError(Parser.Mode.EVAL, "x = 1",
                "SyntaxError", "invalid syntax", 1, 3, 1, 4);
    }

    // ---- syntax errors of simple statements ----

    @Test
    void cannotAssignToFunctionCall() {
        assertError("f() = 1\n",
                "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4);
    }

    @Test
    void cannotAssignToLiteralInChain() {
        assertError("x = 1 = y\n",
                "SyntaxError", "cannot assign to literal", 1, 5, 1, 6);
    }

    @Test
    void onlySingleTargetCanBeAnnotatedTuple() {
        assertError("(a, b): int\n",
                "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7);
    }

    @Test
    void onlySingleTargetCanBeAnnotatedList() {
        assertError("[a]: int\n",
                "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4);
    }

    @Test
    void onlySingleTargetCanBeAnnotatedBareTuple() {
        assertError("a, b: int\n",
                "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2);
    }

    @Test
    void illegalTargetForAnnotation() {
        assertError("f(): int\n",
                "SyntaxError", "illegal target for annotation", 1, 1, 1, 4);
    }

    @Test
    void tupleIsIllegalForAugmentedAssignment() {
        assertError("a, b += 1\n",
                "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5);
    }

    @Test
    void assignmentToYieldExpression() {
        assertError("x = (yield) = 1\n",
                "SyntaxError", "cannot assign to yield expression", 1, 6, 1, 11);
    }

    @Test
    void cannotDeleteFunctionCall() {
        assertError("del a, f()\n",
                "SyntaxError", "cannot delete function call", 1, 8, 1, 11);
    }

    @Test
    void cannotDeleteLiteralInTuple() {
        assertError("del a, (b, 1)\n",
                "SyntaxError", "cannot delete literal", 1, 12, 1, 13);
    }

    @Test
    void trailingCommaNeedsParentheses() {
        assertError("from x import a,\n",
                "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 18);
    }

    @Test
    void fromImportWithoutNames() {
        assertError("from x import\n",
                "SyntaxError", "Expected one or more names after 'import'", 1, 14, 1, 14);
    }

    @Test
    void importWithoutNames() {
        assertError("import\n",
                "SyntaxError", "Expected one or more names after 'import'", 1, 7, 1, 7);
    }

    @Test
    void importFromInWrongOrder() {
        assertError("import a.b, c from d\n",
                "SyntaxError", "Did you mean to use 'from ... import ...' instead?", 1, 1, 1, 21);
    }

    @Test
    void globalWithTrailingComma() {
        assertError("global x,\n",
                "SyntaxError", "invalid syntax", 1, 10, 1, 11);
    }

    @Test
    void missingExpressionAfterAugmentedOperator() {
        assertError("x +=\n",
                "SyntaxError", "invalid syntax", 1, 5, 1, 6);
    }

    // ---- syntax errors of compound statements ----

    @Test
    void expectedColonAfterIf() {
        assertError("if x\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 1, 5, 1, 6);
    }

    @Test
    void expectedColonAfterElif() {
        assertError("if x:\n"
                + "    pass\n"
                + "elif y\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 3, 7, 3, 8);
    }

    @Test
    void expectedColonAfterElse() {
        assertError("if x:\n"
                + "    pass\n"
                + "else\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 3, 5, 3, 6);
    }

    @Test
    void expectedColonAfterWhile() {
        assertError("while x\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 1, 8, 1, 9);
    }

    @Test
    void expectedColonAfterFor() {
        assertError("for x in y\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 1, 11, 1, 12);
    }

    @Test
    void expectedColonAfterWith() {
        assertError("with a as b\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 1, 12, 1, 13);
    }

    @Test
    void expectedColonAfterClass() {
        assertError("class A(B)\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 1, 11, 1, 12);
    }

    @Test
    void expectedColonAfterDef() {
        assertError("def f() -> int\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 1, 15, 1, 16);
    }

    @Test
    void expectedParenthesisAfterDefName() {
        assertError("def f:\n"
                + "    pass\n",
                "SyntaxError", "expected '('", 1, 6, 1, 7);
    }

    @Test
    void expectedColonAfterTry() {
        assertError("try\n"
                + "    pass\n"
                + "except:\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 1, 4, 1, 5);
    }

    @Test
    void expectedColonAfterExcept() {
        assertError("try:\n"
                + "    pass\n"
                + "except A as e\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 3, 14, 3, 15);
    }

    @Test
    void expectedColonAfterFinally() {
        assertError("try:\n"
                + "    pass\n"
                + "finally\n"
                + "    pass\n",
                "SyntaxError", "expected ':'", 3, 8, 3, 9);
    }

    @Test
    void indentedBlockExpectedAfterIf() {
        assertError("if x:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indentedBlockExpectedAfterElif() {
        assertError("if x:\n"
                + "    pass\n"
                + "elif y:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indentedBlockExpectedAfterElse() {
        assertError("while x:\n"
                + "    pass\n"
                + "else:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indentedBlockExpectedAfterFor() {
        assertError("for x in y:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indentedBlockExpectedAfterWith() {
        assertError("with (a as b, c):\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indentedBlockExpectedAfterDef() {
        assertError("def f():\n"
                + "pass\n",
                "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 5);
    }

    @Test
    void indentedBlockExpectedAfterClass() {
        assertError("class A:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 5);
    }

    @Test
    void indentedBlockExpectedAfterTry() {
        assertError("try:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void indentedBlockExpectedAfterExcept() {
        assertError("try:\n"
                + "    pass\n"
                + "except A:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indentedBlockExpectedAfterExceptStar() {
        assertError("try:\n"
                + "    pass\n"
                + "except* A:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'except*' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indentedBlockExpectedAfterFinally() {
        assertError("try:\n"
                + "    pass\n"
                + "finally:\n"
                + "pass\n",
                "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5);
    }

    @Test
    void indentedBlockExpectedAtEndOfFile() {
        assertError("if x:\n",
                "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1);
    }

    @Test
    void tryNeedsExceptOrFinally() {
        assertError("try:\n"
                + "    pass\n"
                + "x = 1\n",
                "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2);
    }

    @Test
    void tryNeedsExceptOrFinallyAtEndOfFile() {
        assertError("try:\n"
                + "    pass\n",
                "SyntaxError", "expected 'except' or 'finally' block", 2, 9, 2, -1);
    }

    @Test
    void exceptAfterExceptStar() {
        assertError("try:\n"
                + "    pass\n"
                + "except* A:\n"
                + "    pass\n"
                + "except B:\n"
                + "    pass\n",
                "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 7);
    }

    @Test
    void exceptStarAfterExcept() {
        assertError("try:\n"
                + "    pass\n"
                + "except A:\n"
                + "    pass\n"
                + "except* B:\n"
                + "    pass\n",
                "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 8);
    }

    @Test
    void multipleExceptionTypesNeedParentheses() {
        assertError("try:\n"
                + "    pass\n"
                + "except A, B:\n"
                + "    pass\n",
                "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12);
    }

    @Test
    void exceptStarNeedsATypes() {
        assertError("try:\n"
                + "    pass\n"
                + "except *:\n"
                + "    pass\n",
                "SyntaxError", "expected one or more exception types", 3, 9, 3, 10);
    }

    @Test
    void forTargetCannotBeALiteral() {
        assertError("for 1 in x:\n"
                + "    pass\n",
                "SyntaxError", "cannot assign to literal", 1, 5, 1, 6);
    }

    @Test
    void withTargetCannotBeALiteral() {
        assertError("with a as (b, 1):\n"
                + "    pass\n",
                "SyntaxError", "cannot assign to literal", 1, 15, 1, 16);
    }

    @Test
    void emptyTypeParameterList() {
        assertError("def f[](): pass\n",
                "SyntaxError", "Type parameter list cannot be empty", 1, 7, 1, 7);
    }

    @Test
    void emptyTypeParameterListOfTypeAlias() {
        assertError("type X[] = int\n",
                "SyntaxError", "Type parameter list cannot be empty", 1, 8, 1, 10);
    }

    @Test
    void typeVarTupleCannotHaveABound() {
        assertError("class A[*Ts: int]: pass\n",
                "SyntaxError", "cannot use bound with TypeVarTuple", 1, 12, 1, 17);
    }

    @Test
    void paramSpecCannotHaveConstraints() {
        assertError("def f[**P: (int, str)](): pass\n",
                "SyntaxError", "cannot use constraints with ParamSpec", 1, 10, 1, 22);
    }

    @Test
    void elifAfterElseIsInvalidSyntax() {
        assertError("if x:\n"
                + "    pass\n"
                + "else:\n"
                + "    pass\n"
                + "elif y:\n"
                + "    pass\n",
                "SyntaxError", "invalid syntax", 5, 1, 5, 5);
    }

    @Test
    void decoratorWithoutDefinition() {
        assertError("@foo\n"
                + "x = 1\n",
                "SyntaxError", "invalid syntax", 2, 1, 2, 2);
    }

    @Test
    void decoratorAtEndOfFile() {
        assertError("@foo\n",
                "SyntaxError", "invalid syntax", 1, 0, 1, 0);
    }

    // ---- generic errors ----

    @Test
    void invalidSyntaxAtTheTokenTheFirstPassStoppedAt() {
        assertError("x = 1 2\n",
                "SyntaxError", "invalid syntax", 1, 7, 1, 8);
    }

    @Test
    void unexpectedIndent() {
        assertError("x = 1\n"
                + "    y = 2\n",
                "IndentationError", "unexpected indent", 2, 4, 2, -1);
    }

    @Test
    void unexpectedIndentInBlock() {
        assertError("def f():\n"
                + "    x\n"
                + "        y\n",
                "IndentationError", "unexpected indent", 3, 8, 3, -1);
    }

    @Test
    void unclosedParenthesisAtEndOfFile() {
        assertError("x = (1,\n"
                + "y = 2\n",
                "SyntaxError", "'(' was never closed", 1, 5, 1, 0);
    }

    @Test
    void unclosedParenthesisOnTheErrorLineKeepsParserError() {
        assertError("x = (1 2\n",
                "SyntaxError", "'(' was never closed", 1, 5, 1, 0);
    }

    @Test
    void laterTokenizerErrorTakesPrecedence() {
        assertError("x = 1 2\n"
                + "y = \"unterminated\n",
                "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5);
    }

    @Test
    void laterLineContinuationErrorDoesNot() {
        assertError("x = 1 2\n"
                + "y = \\z\n",
                "SyntaxError", "invalid syntax", 1, 7, 1, 8);
    }

    @Test
    void errorOffsetsCountCharactersNotBytes() {
        assertError("é = (\"ééé\", 1 2)\n",
                "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 13, 1, 16);
    }

    @Test
    void errorOnLineAfterTripleQuotedStringUsesCPythonsBuffer() {
        assertError("\"\"\"ééé\n"
                + "\"\"\" + 1 2\n",
                "SyntaxError", "invalid syntax", 2, 6, 2, 7);
    }

    @Test
    void expectedColonForMatchStatementLookalike() {
        assertError("match(x)\n"
                + "1 +\n",
                "SyntaxError", "expected ':'", 2, 4, 2, 5);
    }

    @Test
    void keywordSpelledWithOtherCharactersIsAName() {
        assertTree("ｉｆ = 1\n"
                + "ｄｅｆ = 2\n",
                """
                Module(body=[Assign(targets=[Name(id='if', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=6)], value=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10),\s\
                lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), Assign(targets=[Name(id='def', ctx=Store(),\s\
                lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)], value=Constant(value=2, lineno=2,\s\
                col_offset=12, end_lineno=2, end_col_offset=13), lineno=2, col_offset=0, end_lineno=2,\s\
                end_col_offset=13)])""");
    }

    // ---- deep nesting ----

    @Test
    void longElifChainOverflowsParserStackLikeCPython() {
        assertError("if x:\n pass\n" + "elif x:\n pass\n".repeat(20_000),
                "MemoryError", "Parser stack overflowed - Python source too complex to parse", 0, 0, 0, 0);
    }

    @Test
    void statementListsAreIterative() {
        Mod tree = Parser.parse("x = 1\n".repeat(100_000), "<test>", Parser.Mode.EXEC);
        assertEquals(100_000, ((Mod.Module) tree).body().size());
    }

    @Test
    void deepButLegalNestingParsesOnASmallJavaStack() throws InterruptedException {
        String source = "x = " + "-".repeat(5_000) + "1\n";
        AtomicReference<Object> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(Parser.parse(source, "<test>", Parser.Mode.EXEC));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertInstanceOf(Mod.Module.class, result.get());
    }

    @Test
    void errorTextIsReadFromTheFileWhenItExistsAsCPythonDoes(@TempDir Path dir) throws IOException {
        // CPython measures the offsets on the line it reads back from the file: without the line
        // break the last line lacks, the end offset is clamped one column earlier.
        byte[] source = "x = 1\ny = 2 +".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("m.py");
        Files.write(file, source);
        ParseFailure inFile = assertThrows(ParseFailure.class,
                () -> Parser.parse(source, file.toString(), Parser.Mode.EXEC));
        assertEquals(List.of(2, 8, 2, 8), position(inFile.problem()));
        ParseFailure inMemory = assertThrows(ParseFailure.class,
                () -> Parser.parse(source, "<test>", Parser.Mode.EXEC));
        assertEquals(List.of(2, 8, 2, 9), position(inMemory.problem()));
    }

    private static List<Integer> position(SyntaxProblem p) {
        return List.of(p.lineno(), p.offset(), p.endLineno(), p.endOffset());
    }

    @Test
    void tooManyIndentationLevelsIsTheTokenizersError() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            source.append(" ".repeat(i)).append("if x:\n");
        }
        assertError(source.toString(), "IndentationError", "too many levels of indentation", 101, 1, 101, 0);
    }

    // ---- characters that start no token: $, ? and ` ----

    @Test
    void errorTokenFailsTheParseWhereItIs() {
        assertEquals(syntaxError("invalid syntax", 1, 3, 1, 4, "a $ b\n"), problem(Parser.Mode.EXEC, "a $ b\n"));
        assertEquals(syntaxError("invalid syntax", 1, 5, 1, 6, "x = ?\n"), problem(Parser.Mode.EXEC, "x = ?\n"));
        assertEquals(syntaxError("invalid syntax", 1, 5, 1, 6, "x = `a`\n"), problem(Parser.Mode.EXEC, "x = `a`\n"));
    }

    @Test
    void errorTokenLeavesTheSpecificErrorsToTheSecondPass() {
        assertEquals(syntaxError("f-string: expecting '=', or '!', or ':', or '}'", 1, 6, 1, 7, "f'{a $ b}'\n"),
                problem(Parser.Mode.EXEC, "f'{a $ b}'\n"));
        assertEquals(syntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8,
                "print 1 $\n"), problem(Parser.Mode.EXEC, "print 1 $\n"));
    }

    @Test
    void tokenizerErrorAfterAnErrorTokenWins() {
        assertEquals(syntaxError("unmatched ')'", 1, 9, 1, 9, "x = $ + )"), problem(Parser.Mode.EXEC, "x = $ + )\n"));
        assertEquals(syntaxError("unterminated string literal (detected at line 2)", 2, 9, 2, 9, "y = $ + 'abc"),
                problem(Parser.Mode.EXEC, "x = 1\ny = $ + 'abc\n"));
    }

    @Test
    void errorTextIsTheTokenizersBuffer() {
        assertEquals(syntaxError("invalid syntax", 2, 6, 2, 7, "x = \"\"\"a\nb\"\"\" $\n"),
                problem(Parser.Mode.EXEC, "x = \"\"\"a\nb\"\"\" $\n"));
        assertEquals(syntaxError("invalid syntax", 2, 3, 2, 4, "x = 1 + \\\n  $\n"),
                problem(Parser.Mode.EXEC, "x = 1 + \\\n  $\n"));
        // A backslash read while measuring indentation belongs to no token: the buffer restarts.
        assertEquals(new SyntaxProblem(SyntaxProblem.Kind.INDENTATION_ERROR, "unexpected indent", "<test>", 2, 2, 2,
                -1, "  x = 1\n"), problem(Parser.Mode.EXEC, "\\\n  x = 1\n"));
    }

    @Test
    void signalledTokenizerErrorGivesWayToAnEarlierUnclosedBracket() {
        // CPython's check of the rest of the source: an error its tokenizer only signals (here a
        // character after a backslash) makes an open bracket from an earlier line the error.
        assertEquals(syntaxError("'(' was never closed", 1, 8, 1, 0, "x = foo(1,"),
                problem(Parser.Mode.EXEC, "x = foo(1,\ndef\\ g():\n    pass\n"));
        assertEquals(syntaxError("'(' was never closed", 1, 5, 1, 0, "x = (1,"),
                problem(Parser.Mode.EXEC, "x = (1,\n$ \\ \n"));
    }

    // ---- modes without an added final line break ----

    @Test
    void whitespaceOnlyLastLineIsAnUnexpectedIndentInOtherModes() {
        SyntaxProblem indent = new SyntaxProblem(SyntaxProblem.Kind.INDENTATION_ERROR, "unexpected indent", "<test>", 2,
                2, 2, -1, "  ");
        assertEquals(indent, problem(Parser.Mode.EVAL, "x\n  "));
        assertEquals(indent, problem(Parser.Mode.FUNC_TYPE, "(int) -> str\n  "));
        assertTree(Parser.Mode.SINGLE, "x = 1\n  ", """
                Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5),\s\
                lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])""");
        assertEquals(new SyntaxProblem(SyntaxProblem.Kind.INDENTATION_ERROR, "unexpected indent", "<test>", 6, 5, 6, -1,
                "  \f  "), problem(Parser.Mode.EVAL, "\n\n   \n\t\n\f\n  \f  "));
    }

    @Test
    void emptySourceInOtherModesHasEmptyText() {
        assertEquals(syntaxError("invalid syntax", 0, 0, 0, 0, ""), problem(Parser.Mode.EVAL, ""));
        assertEquals(syntaxError("invalid syntax", 0, 0, 0, 0, ""), problem(Parser.Mode.SINGLE, ""));
    }

    @Test
    void cookieNeedsALineBreakOutsideExecMode() {
        byte[] source = "# coding: klingon".getBytes(StandardCharsets.UTF_8);
        assertEquals(syntaxError("invalid syntax", 1, 0, 1, 0, "# coding: klingon"),
                problem(Parser.Mode.EVAL, source, "<test>"));
        assertEquals(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, "unknown encoding: klingon", "<test>", 0, -1,
                -1, 0, null), problem(Parser.Mode.EXEC, source, "<test>"));
    }

    @Test
    void singleModeIgnoresUndecodableBytesInATrailingComment() {
        byte[] source = "x = 1  # \u00ff\u00fe\n".getBytes(StandardCharsets.ISO_8859_1);
        assertInstanceOf(Mod.Interactive.class, Parser.parse(source, "<test>", Parser.Mode.SINGLE));
    }

    // ---- null bytes ----

    @Test
    void nullBytesAreRefusedBeforeAnythingElse() {
        // compile() refuses them before decoding or parsing, with no file name or position.
        SyntaxProblem nul = new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR,
                "source code string cannot contain null bytes", null, -1, 0, -1, 0, null);
        for (Parser.Mode mode : Parser.Mode.values()) {
            assertEquals(nul, problem(mode, "x = 1\0"));
            assertEquals(nul, problem(mode, "x = 1\ny = 2\0\n".getBytes(StandardCharsets.UTF_8), "<test>"));
            assertEquals(nul, problem(mode, "# coding: klingon\nx = $\0".getBytes(StandardCharsets.UTF_8), "<test>"));
        }
    }

    // ---- integer literals over the int() digit limit ----

    @Test
    void integerLiteralOverTheDigitLimitIsASyntaxErrorWithoutColumns() {
        String digits = "1".repeat(4301);
        String message = "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits;"
                + " use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer"
                + " literals to avoid decimal conversion limits.";
        assertEquals(syntaxError(message, 2, 0, 2, 0, "y = " + digits + "\n"),
                problem(Parser.Mode.EXEC, "x = 1\ny = " + digits + "\n"));
        assertEquals(syntaxError(message, 2, 0, 2, 0, "y = 1 +\\\n " + digits + "\n"),
                problem(Parser.Mode.EXEC, "y = 1 +\\\n " + digits + "\n"));
        // Raised when the parser makes the value: in the second pass here, and before the
        // unclosed bracket further on.
        assertEquals(syntaxError(message, 1, 0, 1, 0, "print " + digits + "\n"),
                problem(Parser.Mode.EXEC, "print " + digits + "\n"));
        assertEquals(syntaxError(message, 1, 0, 1, 0, "x = " + digits + " + (\n"),
                problem(Parser.Mode.EXEC, "x = " + digits + " + (\n"));
        assertEquals(syntaxError(message, 1, 0, 1, 0, "f'{" + digits + "}'"),
                problem(Parser.Mode.EVAL, "f'{" + digits + "}'"));
        // Never reached: no error for it.
        assertEquals(syntaxError("invalid syntax", 1, 3, 1, 4, "x = 1\n"),
                problem(Parser.Mode.EVAL, "x = 1\ny = " + digits));
        assertInstanceOf(Mod.Module.class, Parser.parse("x = " + "1".repeat(4300) + "\n", "<test>", Parser.Mode.EXEC));
    }

    // ---- error text read back from the file ----

    @Test
    void fileWithByteOrderMarkShowsItInTheErrorText(@TempDir Path dir) throws IOException {
        // CPython reads line 1 back with its BOM and measures the offsets (counted without the BOM)
        // on it: the caret lands two columns short.
        assertEquals(fileError(dir, "'(' was never closed", 1, 3, 1, 0, "\ufeffx = (\n"),
                problemInFile(dir, "\ufeffx = (\n"));
        assertEquals(fileError(dir, "invalid syntax", 1, 3, 1, 4, "\ufeffx = = 1\n"),
                problemInFile(dir, "\ufeffx = = 1\n"));
        assertEquals(fileError(dir, "invalid syntax", 1, 3, 1, 4, "\ufeffx = $\n"),
                problemInFile(dir, "\ufeffx = $\n"));
    }

    @Test
    void continuationErrorAfterMultiLineStringInFile(@TempDir Path dir) throws IOException {
        // CPython counts the offset from the start of its buffer (line 1) but against the single
        // line it reads back from the file, where it runs past the end.
        assertEquals(fileError(dir, "unexpected character after line continuation character", 2, 12, 2, 0,
                "b''' + \\ 1\n"), problemInFile(dir, "s = '''a\nb''' + \\ 1\n"));
    }

    @Test
    void fileLineWithUndecodableBytesIsReplacedOnlyWithADeclaredEncoding(@TempDir Path dir) throws IOException {
        assertEquals(fileError(dir, "invalid syntax", 2, 5, 2, 6, "x = = 1 # \ufffd"),
                problemInFile(dir, "# coding: utf-8\nx = = 1 # \u00e9".getBytes(StandardCharsets.ISO_8859_1)));
        // Without one the line does not decode, and CPython falls back to its own buffer.
        assertEquals(fileError(dir, "invalid syntax", 1, 5, 1, 6, "x = = 1 # \ufffd\n"),
                problemInFile(dir, "x = = 1 # \u00e9".getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static SyntaxProblem problemInFile(Path dir, String source) throws IOException {
        return problemInFile(dir, source.getBytes(StandardCharsets.UTF_8));
    }

    private static SyntaxProblem problemInFile(Path dir, byte[] source) throws IOException {
        Path file = dir.resolve("m.py");
        Files.write(file, source);
        return problem(Parser.Mode.EXEC, source, file.toString());
    }

    private static SyntaxProblem fileError(Path dir, String message, int lineno, int offset, int endLineno,
            int endOffset, String text) {
        return new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, dir.resolve("m.py").toString(), lineno,
                offset, endLineno, endOffset, text);
    }

    // ---- assertions ----

    private static void assertTree(String source, String expectedDump) {
        assertTree(Parser.Mode.EXEC, source, expectedDump);
    }

    private static void assertTree(Parser.Mode mode, String source, String expectedDump) {
        Mod tree;
        try {
            tree = Parser.parse(source, "<test>", mode);
        } catch (ParseFailure e) {
            throw new AssertionError("unexpected " + e.getMessage() + " for:\n" + source);
        }
        assertEquals(expectedDump, AstDump.dump(tree, true), source);
    }

    private static void assertError(String source, String type, String message, int lineno, int offset,
            int endLineno, int endOffset) {
        assertError(Parser.Mode.EXEC, source, type, message, lineno, offset, endLineno, endOffset);
    }

    /** A SyntaxError as CPython's compile(source, "<test>", ...) reports it, all attributes. */
    private static SyntaxProblem syntaxError(String message, int lineno, int offset, int endLineno, int endOffset,
            String text) {
        return new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, "<test>", lineno, offset, endLineno,
                endOffset, text);
    }

    private static SyntaxProblem problem(Parser.Mode mode, String source) {
        return assertThrows(ParseFailure.class, () -> Parser.parse(source, "<test>", mode), source).problem();
    }

    private static SyntaxProblem problem(Parser.Mode mode, byte[] source, String filename) {
        return assertThrows(ParseFailure.class, () -> Parser.parse(source, filename, mode)).problem();
    }

    /** The error CPython's compile() raises: exception type, msg, lineno, offset, end_lineno, end_offset. */
    private static void assertError(Parser.Mode mode, String source, String type, String message, int lineno,
            int offset, int endLineno, int endOffset) {
        ParseFailure e = assertThrows(ParseFailure.class, () -> Parser.parse(source, "<test>", mode), source);
        SyntaxProblem p = e.problem();
        assertEquals(type + ": " + message, p.kind().pythonName + ": " + p.message(), source);
        if (type.equals("MemoryError")) {
            return;
        }
        assertEquals(List.of(lineno, offset, endLineno, endOffset),
                List.of(p.lineno(), p.offset(), p.endLineno(), p.endOffset()), "position of " + p.message());
    }
}
