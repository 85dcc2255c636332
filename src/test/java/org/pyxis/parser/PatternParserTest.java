package org.pyxis.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyxis.parser.ast.AstDump;
import org.pyxis.parser.ast.Mod;

/**
 * The match statement and its patterns ({@link PatternParser}): trees with their positions, and
 * syntax errors with CPython's type, message and location. Every expectation is what CPython 3.13
 * gives for the same source.
 */
class PatternParserTest {
    // ---- literal patterns ----

    @Test
    void numbersStringsAndSingletons() {
        assertTree("match x:\n"
                + "    case 1 | -2 | 3.5 | 4j | -5j | \"s\" \"t\" | b\"u\" | None | True | False:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1,\s\
                lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=10), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2, lineno=2,\s\
                col_offset=14, end_lineno=2, end_col_offset=15), lineno=2, col_offset=13, end_lineno=2,\s\
                end_col_offset=15), lineno=2, col_offset=13, end_lineno=2, end_col_offset=15),\s\
                MatchValue(value=Constant(value=3.5, lineno=2, col_offset=18, end_lineno=2, end_col_offset=21), lineno=2,\s\
                col_offset=18, end_lineno=2, end_col_offset=21), MatchValue(value=Constant(value=4j, lineno=2,\s\
                col_offset=24, end_lineno=2, end_col_offset=26), lineno=2, col_offset=24, end_lineno=2,\s\
                end_col_offset=26), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=5j, lineno=2,\s\
                col_offset=30, end_lineno=2, end_col_offset=32), lineno=2, col_offset=29, end_lineno=2,\s\
                end_col_offset=32), lineno=2, col_offset=29, end_lineno=2, end_col_offset=32),\s\
                MatchValue(value=Constant(value='st', lineno=2, col_offset=35, end_lineno=2, end_col_offset=42),\s\
                lineno=2, col_offset=35, end_lineno=2, end_col_offset=42), MatchValue(value=Constant(value=b'u',\s\
                lineno=2, col_offset=45, end_lineno=2, end_col_offset=49), lineno=2, col_offset=45, end_lineno=2,\s\
                end_col_offset=49), MatchSingleton(value=None, lineno=2, col_offset=52, end_lineno=2, end_col_offset=56),\s\
                MatchSingleton(value=True, lineno=2, col_offset=59, end_lineno=2, end_col_offset=63),\s\
                MatchSingleton(value=False, lineno=2, col_offset=66, end_lineno=2, end_col_offset=71)], lineno=2,\s\
                col_offset=9, end_lineno=2, end_col_offset=71), body=[Pass(lineno=3, col_offset=8, end_lineno=3,\s\
                end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])""");
    }

    /** A str pattern whose escapes put a high surrogate before a low one keeps both code points. */
    @Test
    void surrogatePairEscapesInStringPatterns() {
        assertTree("match x:\n    case {'\\ud834' '\\udd1e': '\\ud834\\udd1e' | '\\U0001d11e'}:\n        pass\n",
                "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, "
                + "end_lineno=1, end_col_offset=7), "
                + "cases=[match_case(pattern=MatchMapping(keys=[Constant(value='\\ud834\\udd1e', lineno=2, "
                + "col_offset=10, end_lineno=2, end_col_offset=27)], "
                + "patterns=[MatchOr(patterns=[MatchValue(value=Constant(value='\\ud834\\udd1e', lineno=2, "
                + "col_offset=29, end_lineno=2, end_col_offset=43), lineno=2, col_offset=29, end_lineno=2, "
                + "end_col_offset=43), MatchValue(value=Constant(value='𝄞', lineno=2, col_offset=46, "
                + "end_lineno=2, end_col_offset=58), lineno=2, col_offset=46, end_lineno=2, "
                + "end_col_offset=58)], lineno=2, col_offset=29, end_lineno=2, end_col_offset=58)], "
                + "lineno=2, col_offset=9, end_lineno=2, end_col_offset=59), body=[Pass(lineno=3, "
                + "col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, "
                + "end_lineno=3, end_col_offset=12)])");
    }

    @Test
    void complexLiterals() {
        assertTree("match x:\n"
                + "    case 1 + 2j | -1 - 2j | -1.5 + 0j:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7),\s\
                cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=BinOp(left=Constant(value=1, lineno=2,\s\
                col_offset=9, end_lineno=2, end_col_offset=10), op=Add(), right=Constant(value=2j, lineno=2,\s\
                col_offset=13, end_lineno=2, end_col_offset=15), lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=15), lineno=2, col_offset=9, end_lineno=2, end_col_offset=15),\s\
                MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1, lineno=2, col_offset=19,\s\
                end_lineno=2, end_col_offset=20), lineno=2, col_offset=18, end_lineno=2, end_col_offset=20), op=Sub(),\s\
                right=Constant(value=2j, lineno=2, col_offset=23, end_lineno=2, end_col_offset=25), lineno=2,\s\
                col_offset=18, end_lineno=2, end_col_offset=25), lineno=2, col_offset=18, end_lineno=2,\s\
                end_col_offset=25), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1.5, lineno=2,\s\
                col_offset=29, end_lineno=2, end_col_offset=32), lineno=2, col_offset=28, end_lineno=2,\s\
                end_col_offset=32), op=Add(), right=Constant(value=0j, lineno=2, col_offset=35, end_lineno=2,\s\
                end_col_offset=37), lineno=2, col_offset=28, end_lineno=2, end_col_offset=37), lineno=2, col_offset=28,\s\
                end_lineno=2, end_col_offset=37)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=37),\s\
                body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0,\s\
                end_lineno=3, end_col_offset=12)])""");
    }

    @Test
    void fStringIsAValuePatternForTheParser() {
        assertTree("match x:\n"
                + "    case f\"{y}\":\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7),\s\
                cases=[match_case(pattern=MatchValue(value=JoinedStr(values=[FormattedValue(value=Name(id='y',\s\
                ctx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13), conversion=-1, lineno=2,\s\
                col_offset=11, end_lineno=2, end_col_offset=14)], lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=15), lineno=2, col_offset=9, end_lineno=2, end_col_offset=15), body=[Pass(lineno=3,\s\
                col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3,\s\
                end_col_offset=12)])""");
    }

    // ---- captures, wildcards and values ----

    @Test
    void captureAndWildcard() {
        assertTree("match x:\n"
                + "    case y:\n"
                + "        pass\n"
                + "    case _:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchAs(name='y', lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=10), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]),\s\
                match_case(pattern=MatchAs(lineno=4, col_offset=9, end_lineno=4, end_col_offset=10), body=[Pass(lineno=5,\s\
                col_offset=8, end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5,\s\
                end_col_offset=12)])""");
    }

    @Test
    void dottedNameIsAValuePattern() {
        assertTree("match x:\n"
                + "    case a.b.c:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7),\s\
                cases=[match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(),\s\
                lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), attr='b', ctx=Load(), lineno=2, col_offset=9,\s\
                end_lineno=2, end_col_offset=12), attr='c', ctx=Load(), lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=14), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), body=[Pass(lineno=3,\s\
                col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3,\s\
                end_col_offset=12)])""");
    }

    @Test
    void groupPatternIsItsContent() {
        assertTree("match x:\n"
                + "    case (y):\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchAs(name='y', lineno=2, col_offset=10, end_lineno=2,\s\
                end_col_offset=11), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1,\s\
                col_offset=0, end_lineno=3, end_col_offset=12)])""");
    }

    // ---- sequences ----

    @Test
    void emptySequences() {
        assertTree("match x:\n"
                + "    case []:\n"
                + "        pass\n"
                + "    case ():\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchSequence(lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=11), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]),\s\
                match_case(pattern=MatchSequence(lineno=4, col_offset=9, end_lineno=4, end_col_offset=11),\s\
                body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0,\s\
                end_lineno=5, end_col_offset=12)])""");
    }

    @Test
    void sequencesWithStars() {
        assertTree("match x:\n"
                + "    case [a, *rest]:\n"
                + "        pass\n"
                + "    case (a, *_, b):\n"
                + "        pass\n"
                + "    case (a,):\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=2,\s\
                col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='rest', lineno=2, col_offset=13,\s\
                end_lineno=2, end_col_offset=18)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=19),\s\
                body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]),\s\
                match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=4, col_offset=10, end_lineno=4,\s\
                end_col_offset=11), MatchStar(lineno=4, col_offset=13, end_lineno=4, end_col_offset=15),\s\
                MatchAs(name='b', lineno=4, col_offset=17, end_lineno=4, end_col_offset=18)], lineno=4, col_offset=9,\s\
                end_lineno=4, end_col_offset=19), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]),\s\
                match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=6, col_offset=10, end_lineno=6,\s\
                end_col_offset=11)], lineno=6, col_offset=9, end_lineno=6, end_col_offset=13), body=[Pass(lineno=7,\s\
                col_offset=8, end_lineno=7, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=7,\s\
                end_col_offset=12)])""");
    }

    @Test
    void openSequenceAtTopLevelIncludesTrailingComma() {
        assertTree("match x:\n"
                + "    case a, b,:\n"
                + "        pass\n"
                + "    case *a, b:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=2,\s\
                col_offset=9, end_lineno=2, end_col_offset=10), MatchAs(name='b', lineno=2, col_offset=12, end_lineno=2,\s\
                end_col_offset=13)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), body=[Pass(lineno=3,\s\
                col_offset=8, end_lineno=3, end_col_offset=12)]),\s\
                match_case(pattern=MatchSequence(patterns=[MatchStar(name='a', lineno=4, col_offset=9, end_lineno=4,\s\
                end_col_offset=11), MatchAs(name='b', lineno=4, col_offset=13, end_lineno=4, end_col_offset=14)],\s\
                lineno=4, col_offset=9, end_lineno=4, end_col_offset=14), body=[Pass(lineno=5, col_offset=8,\s\
                end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=12)])""");
    }

    // ---- or and as ----

    @Test
    void orPatternOfClosedPatterns() {
        assertTree("match x:\n"
                + "    case 1 | [2] | {3: _} | C():\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1,\s\
                lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=10), MatchSequence(patterns=[MatchValue(value=Constant(value=2, lineno=2, col_offset=14,\s\
                end_lineno=2, end_col_offset=15), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15)], lineno=2,\s\
                col_offset=13, end_lineno=2, end_col_offset=16), MatchMapping(keys=[Constant(value=3, lineno=2,\s\
                col_offset=20, end_lineno=2, end_col_offset=21)], patterns=[MatchAs(lineno=2, col_offset=23,\s\
                end_lineno=2, end_col_offset=24)], lineno=2, col_offset=19, end_lineno=2, end_col_offset=25),\s\
                MatchClass(cls=Name(id='C', ctx=Load(), lineno=2, col_offset=28, end_lineno=2, end_col_offset=29),\s\
                lineno=2, col_offset=28, end_lineno=2, end_col_offset=31)], lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=31), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1,\s\
                col_offset=0, end_lineno=3, end_col_offset=12)])""");
    }

    @Test
    void asPatternsNest() {
        assertTree("match x:\n"
                + "    case ((a as b) | c) as d:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7),\s\
                cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchAs(pattern=MatchAs(name='a', lineno=2,\s\
                col_offset=11, end_lineno=2, end_col_offset=12), name='b', lineno=2, col_offset=11, end_lineno=2,\s\
                end_col_offset=17), MatchAs(name='c', lineno=2, col_offset=21, end_lineno=2, end_col_offset=22)],\s\
                lineno=2, col_offset=10, end_lineno=2, end_col_offset=22), name='d', lineno=2, col_offset=9,\s\
                end_lineno=2, end_col_offset=28), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])],\s\
                lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])""");
    }

    @Test
    void asPatternsInsideSequencesAndMappings() {
        assertTree("match x:\n"
                + "    case [a as b, {\"k\": c as d}]:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(pattern=MatchAs(name='a',\s\
                lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), name='b', lineno=2, col_offset=10,\s\
                end_lineno=2, end_col_offset=16), MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=19,\s\
                end_lineno=2, end_col_offset=22)], patterns=[MatchAs(pattern=MatchAs(name='c', lineno=2, col_offset=24,\s\
                end_lineno=2, end_col_offset=25), name='d', lineno=2, col_offset=24, end_lineno=2, end_col_offset=30)],\s\
                lineno=2, col_offset=18, end_lineno=2, end_col_offset=31)], lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=32), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1,\s\
                col_offset=0, end_lineno=3, end_col_offset=12)])""");
    }

    // ---- mappings and classes ----

    @Test
    void mappingPatternKeysAndRest() {
        assertTree("match x:\n"
                + "    case {}:\n"
                + "        pass\n"
                + "    case {**rest}:\n"
                + "        pass\n"
                + "    case {1: a, \"b\": 2, -3: c, None: d, a.b: e, **rest,}:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchMapping(lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=11), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]),\s\
                match_case(pattern=MatchMapping(rest='rest', lineno=4, col_offset=9, end_lineno=4, end_col_offset=17),\s\
                body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]),\s\
                match_case(pattern=MatchMapping(keys=[Constant(value=1, lineno=6, col_offset=10, end_lineno=6,\s\
                end_col_offset=11), Constant(value='b', lineno=6, col_offset=16, end_lineno=6, end_col_offset=19),\s\
                UnaryOp(op=USub(), operand=Constant(value=3, lineno=6, col_offset=25, end_lineno=6, end_col_offset=26),\s\
                lineno=6, col_offset=24, end_lineno=6, end_col_offset=26), Constant(value=None, lineno=6, col_offset=31,\s\
                end_lineno=6, end_col_offset=35), Attribute(value=Name(id='a', ctx=Load(), lineno=6, col_offset=40,\s\
                end_lineno=6, end_col_offset=41), attr='b', ctx=Load(), lineno=6, col_offset=40, end_lineno=6,\s\
                end_col_offset=43)], patterns=[MatchAs(name='a', lineno=6, col_offset=13, end_lineno=6,\s\
                end_col_offset=14), MatchValue(value=Constant(value=2, lineno=6, col_offset=21, end_lineno=6,\s\
                end_col_offset=22), lineno=6, col_offset=21, end_lineno=6, end_col_offset=22), MatchAs(name='c',\s\
                lineno=6, col_offset=28, end_lineno=6, end_col_offset=29), MatchAs(name='d', lineno=6, col_offset=37,\s\
                end_lineno=6, end_col_offset=38), MatchAs(name='e', lineno=6, col_offset=45, end_lineno=6,\s\
                end_col_offset=46)], rest='rest', lineno=6, col_offset=9, end_lineno=6, end_col_offset=56),\s\
                body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)])], lineno=1, col_offset=0,\s\
                end_lineno=7, end_col_offset=12)])""");
    }

    @Test
    void classPatternsPositionalAndKeyword() {
        assertTree("match x:\n"
                + "    case C():\n"
                + "        pass\n"
                + "    case a.B(1, y=2,):\n"
                + "        pass\n"
                + "    case D(x=a, y=_):\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load(), lineno=2,\s\
                col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=12),\s\
                body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]),\s\
                match_case(pattern=MatchClass(cls=Attribute(value=Name(id='a', ctx=Load(), lineno=4, col_offset=9,\s\
                end_lineno=4, end_col_offset=10), attr='B', ctx=Load(), lineno=4, col_offset=9, end_lineno=4,\s\
                end_col_offset=12), patterns=[MatchValue(value=Constant(value=1, lineno=4, col_offset=13, end_lineno=4,\s\
                end_col_offset=14), lineno=4, col_offset=13, end_lineno=4, end_col_offset=14)], kwd_attrs=['y'],\s\
                kwd_patterns=[MatchValue(value=Constant(value=2, lineno=4, col_offset=18, end_lineno=4,\s\
                end_col_offset=19), lineno=4, col_offset=18, end_lineno=4, end_col_offset=19)], lineno=4, col_offset=9,\s\
                end_lineno=4, end_col_offset=21), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]),\s\
                match_case(pattern=MatchClass(cls=Name(id='D', ctx=Load(), lineno=6, col_offset=9, end_lineno=6,\s\
                end_col_offset=10), kwd_attrs=['x', 'y'], kwd_patterns=[MatchAs(name='a', lineno=6, col_offset=13,\s\
                end_lineno=6, end_col_offset=14), MatchAs(lineno=6, col_offset=18, end_lineno=6, end_col_offset=19)],\s\
                lineno=6, col_offset=9, end_lineno=6, end_col_offset=20), body=[Pass(lineno=7, col_offset=8,\s\
                end_lineno=7, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=7, end_col_offset=12)])""");
    }

    // ---- match statement ----

    @Test
    void subjectTupleAndStarred() {
        assertTree("match a, *b:\n"
                + "    case _:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1,\s\
                end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], ctx=Load(),\s\
                lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), cases=[match_case(pattern=MatchAs(lineno=2,\s\
                col_offset=9, end_lineno=2, end_col_offset=10), body=[Pass(lineno=3, col_offset=8, end_lineno=3,\s\
                end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])""");
    }

    @Test
    void subjectWithTrailingComma() {
        assertTree("match a,:\n"
                + "    case _:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8),\s\
                cases=[match_case(pattern=MatchAs(lineno=2, col_offset=9, end_lineno=2, end_col_offset=10),\s\
                body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0,\s\
                end_lineno=3, end_col_offset=12)])""");
    }

    @Test
    void guardIsANamedExpression() {
        assertTree("match x:\n"
                + "    case [y] if (z := y) > 0:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='y', lineno=2,\s\
                col_offset=10, end_lineno=2, end_col_offset=11)], lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=12), guard=Compare(left=NamedExpr(target=Name(id='z', ctx=Store(), lineno=2,\s\
                col_offset=17, end_lineno=2, end_col_offset=18), value=Name(id='y', ctx=Load(), lineno=2, col_offset=22,\s\
                end_lineno=2, end_col_offset=23), lineno=2, col_offset=17, end_lineno=2, end_col_offset=23), ops=[Gt()],\s\
                comparators=[Constant(value=0, lineno=2, col_offset=27, end_lineno=2, end_col_offset=28)], lineno=2,\s\
                col_offset=16, end_lineno=2, end_col_offset=28), body=[Pass(lineno=3, col_offset=8, end_lineno=3,\s\
                end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])""");
    }

    @Test
    void commentsAndBlankLinesBetweenCases() {
        assertTree("match x:\n"
                + "    # comment\n"
                + "\n"
                + "    case 1:\n"
                + "        pass\n"
                + "\n"
                + "    case 2:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1,\s\
                end_col_offset=7), cases=[match_case(pattern=MatchValue(value=Constant(value=1, lineno=4, col_offset=9,\s\
                end_lineno=4, end_col_offset=10), lineno=4, col_offset=9, end_lineno=4, end_col_offset=10),\s\
                body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]),\s\
                match_case(pattern=MatchValue(value=Constant(value=2, lineno=7, col_offset=9, end_lineno=7,\s\
                end_col_offset=10), lineno=7, col_offset=9, end_lineno=7, end_col_offset=10), body=[Pass(lineno=8,\s\
                col_offset=8, end_lineno=8, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=8,\s\
                end_col_offset=12)])""");
    }

    @Test
    void matchAndCaseAreNamesElsewhere() {
        assertTree("match = case = _ = 1\n"
                + "match(x)\n"
                + "match[x]\n"
                + "match.x = case\n"
                + "match - x\n",
                """
                Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, end_lineno=1,\s\
                end_col_offset=5), Name(id='case', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=12),\s\
                Name(id='_', ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)],\s\
                value=Constant(value=1, lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), lineno=1,\s\
                col_offset=0, end_lineno=1, end_col_offset=20), Expr(value=Call(func=Name(id='match', ctx=Load(),\s\
                lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=2,\s\
                col_offset=6, end_lineno=2, end_col_offset=7)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=8),\s\
                lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Expr(value=Subscript(value=Name(id='match',\s\
                ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5), slice=Name(id='x', ctx=Load(),\s\
                lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), ctx=Load(), lineno=3, col_offset=0,\s\
                end_lineno=3, end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8),\s\
                Assign(targets=[Attribute(value=Name(id='match', ctx=Load(), lineno=4, col_offset=0, end_lineno=4,\s\
                end_col_offset=5), attr='x', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=7)],\s\
                value=Name(id='case', ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=14), lineno=4,\s\
                col_offset=0, end_lineno=4, end_col_offset=14), Expr(value=BinOp(left=Name(id='match', ctx=Load(),\s\
                lineno=5, col_offset=0, end_lineno=5, end_col_offset=5), op=Sub(), right=Name(id='x', ctx=Load(),\s\
                lineno=5, col_offset=8, end_lineno=5, end_col_offset=9), lineno=5, col_offset=0, end_lineno=5,\s\
                end_col_offset=9), lineno=5, col_offset=0, end_lineno=5, end_col_offset=9)])""");
    }

    @Test
    void matchWithUnaryMinusSubject() {
        assertTree("match -x:\n"
                + "    case 1:\n"
                + "        pass\n",
                """
                Module(body=[Match(subject=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=7,\s\
                end_lineno=1, end_col_offset=8), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8),\s\
                cases=[match_case(pattern=MatchValue(value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2,\s\
                end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), body=[Pass(lineno=3,\s\
                col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3,\s\
                end_col_offset=12)])""");
    }

    // ---- syntax errors ----

    @Test
    void positionalPatternsFollowKeywordPatterns() {
        assertError("match x:\n"
                + "    case C(a, b=1, c, d):\n"
                + "        pass\n",
                "SyntaxError", "positional patterns follow keyword patterns", 2, 20, 2, 24);
    }

    @Test
    void cannotUseUnderscoreAsTarget() {
        assertError("match x:\n"
                + "    case y as _:\n"
                + "        pass\n",
                "SyntaxError", "cannot use '_' as a target", 2, 15, 2, 16);
    }

    @Test
    void invalidPatternTarget() {
        assertError("match x:\n"
                + "    case y as 1:\n"
                + "        pass\n",
                "SyntaxError", "invalid pattern target", 2, 15, 2, 16);
    }

    @Test
    void dottedNameIsNotAPatternTarget() {
        assertError("match x:\n"
                + "    case y as a.b:\n"
                + "        pass\n",
                "SyntaxError", "invalid syntax", 2, 16, 2, 17);
    }

    @Test
    void imaginaryNumberRequired() {
        assertError("match x:\n"
                + "    case 1 + 2:\n"
                + "        pass\n",
                "SyntaxError", "imaginary number required in complex literal", 2, 14, 2, 15);
    }

    @Test
    void realNumberRequired() {
        assertError("match x:\n"
                + "    case 1j + 2j:\n"
                + "        pass\n",
                "SyntaxError", "real number required in complex literal", 2, 10, 2, 12);
    }

    @Test
    void unaryPlusIsNotAPattern() {
        assertError("match x:\n"
                + "    case +1:\n"
                + "        pass\n",
                "SyntaxError", "invalid syntax", 2, 10, 2, 11);
    }

    @Test
    void doubleStarMustBeLastInMapping() {
        assertError("match x:\n"
                + "    case {**rest, \"a\": 1}:\n"
                + "        pass\n",
                "SyntaxError", "invalid syntax", 2, 19, 2, 22);
    }

    @Test
    void mappingKeyMustBeLiteralOrValue() {
        assertError("match x:\n"
                + "    case {y: 1}:\n"
                + "        pass\n",
                "SyntaxError", "invalid syntax", 2, 12, 2, 13);
    }

    @Test
    void expectedColonAfterCase() {
        assertError("match x:\n"
                + "    case 1\n"
                + "        pass\n",
                "SyntaxError", "expected ':'", 2, 11, 2, 12);
    }

    @Test
    void expectedColonAfterMatch() {
        assertError("match x\n"
                + "    case 1:\n"
                + "        pass\n",
                "SyntaxError", "expected ':'", 1, 8, 1, 9);
    }

    @Test
    void indentedBlockExpectedAfterCase() {
        assertError("match x:\n"
                + "    case 1:\n"
                + "    pass\n",
                "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 5, 3, 9);
    }

    @Test
    void indentedBlockExpectedAfterMatch() {
        assertError("match x:\n"
                + "case 1:\n"
                + "    pass\n",
                "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 1, 2, 5);
    }

    @Test
    void caseOutsideMatch() {
        assertError("case 1:\n"
                + "    pass\n",
                "SyntaxError", "invalid syntax", 1, 6, 1, 7);
    }

    @Test
    void softKeywordSpelledWithOtherCharactersIsAName() {
        assertError("ｍａｔｃｈ x:\n"
                + "    case 1:\n"
                + "        pass\n",
                "SyntaxError", "invalid syntax", 1, 7, 1, 8);
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
