"""Writes src/test/java/org/pyxis/parser/StatementParserTest.java and PatternParserTest.java.

Each test's expectation is what this CPython (3.13) gives for the test's source: the tree as
ast.dump(tree, include_attributes=True), or the SyntaxError's type, msg, lineno, offset,
end_lineno and end_offset. Run from the repository root with the reference CPython 3.13:
    python3.13 tests/tools/generate_statement_tests.py
The cases are listed at the end of this file as (test name, source[, mode[, Java source expression]]).
"""
import ast, sys, textwrap, warnings
warnings.simplefilter('ignore')
sys.setrecursionlimit(100000)

def cpython(src, mode):
    try:
        t = compile(src, '<test>', mode, ast.PyCF_ONLY_AST)
        return ('tree', ast.dump(t, include_attributes=True))
    except SyntaxError as e:
        return ('error', type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except MemoryError as e:
        return ('error', 'MemoryError', str(e), 0, 0, 0, 0)

def jstr(s):
    out = []
    for ch in s:
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ch == '\r': out.append('\\r')
        elif ch == '\f': out.append('\\f')
        elif ord(ch) < 32: out.append('\\u%04x' % ord(ch))
        else: out.append(ch)
    return '"' + ''.join(out) + '"'

def jsrc(src):
    # one Java string literal per source line, joined with +
    lines = src.splitlines(keepends=True)
    if len(lines) <= 1:
        return jstr(src)
    return ('\n' + ' ' * 16 + '+ ').join(jstr(l) for l in lines)

def text_block(dump, indent=16, width=104):
    # split at ", " so that lines stay short; '\' at line end joins them back
    esc = dump.replace('\\', '\\\\').replace('"""', '\\"""')
    parts = []
    cur = ''
    for piece in esc.split(', '):
        cand = piece if not cur else cur + ', ' + piece
        if len(cand) > width and cur:
            parts.append(cur + ', ')
            cur = piece
        else:
            cur = cand
    parts.append(cur)
    pad = ' ' * indent
    lines = []
    for p in parts[:-1]:
        if p.endswith(' '):
            p = p[:-1] + '\\s'
        lines.append(pad + p + '\\')
    lines.append(pad + parts[-1] + '"""')
    return '"""\n' + '\n'.join(lines)

MODES = {'exec': 'EXEC', 'eval': 'EVAL', 'single': 'SINGLE', 'func_type': 'FUNC_TYPE'}

def method(name, src, mode='exec', javasrc=None):
    r = cpython(src, mode)
    doc = None
    out = []
    if doc:
        out.append('    /** %s */' % doc)
    out.append('    @Test')
    out.append('    void %s() {' % name)
    m = MODES[mode]
    if r[0] == 'tree':
        call = 'assertTree' if mode == 'exec' else 'assertTree(Parser.Mode.%s, ' % m
        if mode == 'exec':
            out.append('        assertTree(%s,' % jsrc(src))
        else:
            out.append('        assertTree(Parser.Mode.%s, %s,' % (m, jsrc(src)))
        out.append('                ' + text_block(r[1]) + ');')
    else:
        _, typ, msg, l, o, el, eo = r
        args = '%s, %s, %d, %d, %d, %d' % (jstr(typ), jstr(msg), l or 0, o or 0, el or 0, eo or 0)
        if javasrc:
            out.append('        assertError(%s,' % javasrc)
        elif mode == 'exec':
            out.append('        assertError(%s,' % jsrc(src))
        else:
            out.append('        assertError(Parser.Mode.%s, %s,' % (m, jsrc(src)))
        out.append('                %s);' % args)
    out.append('    }')
    return '\n'.join(out)

HELPERS = '''
    // ---- assertions ----

    private static void assertTree(String source, String expectedDump) {
        assertTree(Parser.Mode.EXEC, source, expectedDump);
    }

    private static void assertTree(Parser.Mode mode, String source, String expectedDump) {
        Mod tree;
        try {
            tree = Parser.parse(source, "<test>", mode);
        } catch (ParseFailure e) {
            throw new AssertionError("unexpected " + e.getMessage() + " for:\\n" + source);
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
'''

def write(cls, javadoc, groups, path, extra=''):
    out = ['package org.pyxis.parser;', '',
           'import static org.junit.jupiter.api.Assertions.assertEquals;',
           'import static org.junit.jupiter.api.Assertions.assertInstanceOf;' if extra and 'assertInstanceOf' in extra else None,
           'import static org.junit.jupiter.api.Assertions.assertThrows;', '',
           'import java.io.IOException;' if extra and 'IOException' in extra else None,
           'import java.nio.charset.StandardCharsets;' if extra and 'StandardCharsets' in extra else None,
           'import java.nio.file.Files;' if extra and 'Files.write' in extra else None,
           'import java.nio.file.Path;' if extra and 'Path dir' in extra else None,
           'import java.util.List;',
           'import java.util.concurrent.atomic.AtomicReference;' if extra and 'AtomicReference' in extra else None,
           'import org.junit.jupiter.api.Test;',
           'import org.junit.jupiter.api.io.TempDir;' if extra and '@TempDir' in extra else None,
           'import org.pyxis.parser.ast.AstDump;',
           'import org.pyxis.parser.ast.Mod;', '',
           javadoc,
           'class %s {' % cls]
    out = [l for l in out if l is not None]
    count = 0
    for title, cases in groups:
        out.append('    // ---- %s ----' % title)
        out.append('')
        for c in cases:
            out.append(method(*c))
            out.append('')
            count += 1
    if extra:
        out.append(extra)
        count += extra.count('@Test')
    out.append(HELPERS.strip('\n'))
    out.append('}')
    open(path, 'w').write('\n'.join(out) + '\n')
    print(path, count, 'tests')


# ---- the cases ----

S = []  # statement groups
S.append(('simple statements', [
    ('expressionStatementEndsAtItsLastToken', 'f(x)  # comment\n'),
    ('assignmentChainHasSeveralTargets', 'a = b = c\n'),
    ('starredAndTupleTargets', 'a, *b = [c, *d] = e\n'),
    ('annotatedNameIsSimple', 'x: int = 1\n'),
    ('annotatedAttributeAndParenthesizedNameAreNotSimple', 'x.y: int\n(z): str = "s"\n'),
    ('annotatedAssignmentTakesYield', 'def f():\n    x: int = yield\n'),
    ('augmentedAssignmentOperators', 'a += 1\nb -= 1\nc *= 1\nd @= 1\ne /= 1\nf %= 1\ng &= 1\nh |= 1\ni ^= 1\nj <<= 1\nk >>= 1\nl **= 1\nm //= 1\n'),
    ('augmentedAssignmentToSubscript', 'x[0].y += yield\n'),
    ('typeAliasStatement', 'type Point = tuple[float, float]\n'),
    ('typeAliasWithTypeParameters', 'type Pair[T, *Ts, **P] = tuple[T, T]\n'),
    ('typeIsANameElsewhere', 'type = 1\ntype(x)\ntype.x: int\nprint(type)\n'),
    ('returnRaiseAssert', 'def f():\n    return\n    return 1, *a\n    raise\n    raise E\n    raise E from None\n    assert x\n    assert x, "m"\n'),
    ('globalAndNonlocalNames', 'def f():\n    global a, b\n    nonlocal c\n'),
    ('deleteTargetsIncludeTrailingComma', 'del a, b[0], c.d,\n'),
    ('deleteParenthesizedAndListTargets', 'del (a), [b, c], (d, e)\n'),
    ('yieldStatements', 'def f():\n    yield\n    yield 1, 2\n    yield from g()\n'),
    ('passBreakContinueAndSemicolons', 'while x: pass; break; continue;\n'),
]))
S.append(('imports', [
    ('importDottedNamesWithAliases', 'import a.b.c as d, e\n'),
    ('fromImportWithParenthesesAndTrailingComma', 'from a.b import (c, d as e,)\n'),
    ('relativeImportsCountDotsAndEllipses', 'from . import a\nfrom .. import b\nfrom ... import c\nfrom .... import d\nfrom .x.y import z\n'),
    ('importStarAliasSpansTheStar', 'from m import *\n'),
    ('futureImportIsAnOrdinaryImport', 'from __future__ import annotations\n'),
]))
S.append(('compound statements', [
    ('ifElifElseNestsElifsInOrelse', 'if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n'),
    ('compoundStatementEndsWithItsLastBodyStatement', 'if a:\n    x = 1\n\n    # trailing comment\n\ny = 2\n'),
    ('whileWithElse', 'while x:\n    pass\nelse:\n    pass\n'),
    ('forWithTupleTargetAndElse', 'for i, j in x, y:\n    pass\nelse:\n    pass\n'),
    ('asyncStatementsStartAtAsync', 'async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n'),
    ('withItemsAndTargets', 'with a as b, c as (d, *e), f:\n    pass\n'),
    ('parenthesizedWithItems', 'with (\n    open(a) as b,\n    open(c) as d,\n):\n    pass\n'),
    ('parenthesizedWithExpressionIsOneItem', 'with (a, b) as c:\n    pass\nwith (a, b):\n    pass\n'),
    ('tryExceptElseFinally', 'try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n'),
    ('tryFinallyWithoutHandlers', 'try:\n    pass\nfinally:\n    pass\n'),
    ('tryStarMakesTryStar', 'try:\n    pass\nexcept* A as e:\n    pass\nexcept* B:\n    pass\n'),
    ('decoratedFunctionStartsAtDef', '@a\n@b.c(d)\ndef f(x, /, y=1, *a, z, **k) -> int:\n    return x\n'),
    ('asyncFunctionDefinition', 'async def f[T](a: T = 1, *, b) -> T:\n    await a\n'),
    ('classWithBasesKeywordsAndDecorator', '@dec\nclass A(B, *c, metaclass=M, **k):\n    x: int\n'),
    ('classWithEmptyParentheses', 'class A():\n    pass\n'),
    ('typeParametersWithBoundsAndDefaults', 'def f[T: int = str, *Ts = *tuple[int], **P = [int]](): pass\nclass C[T: (int, str)]: pass\n'),
    ('oneLineBodies', 'if x: a; b\nclass A: pass\ndef f(): return 1\n'),
]))
S.append(('modes', [
    ('emptyModule', ''),
    ('blankLinesAndCommentsOnly', '\n\n   \n# comment\n'),
    ('evalModeTakesExpressions', 'x, *y\n\n', 'eval'),
    ('singleModeTakesOneStatement', 'x = 1; y = 2\n', 'single'),
    ('singleModeTakesOneCompoundStatement', 'if x:\n    pass\n', 'single'),
    ('singleModeRejectsASecondStatement', 'x = 1\ny = 2\n', 'single'),
    ('singleModeCompoundStatementNeedsNewlineAtEnd', 'if x: pass', 'single'),
    ('funcTypeMode', '(int, *str, **float) -> None', 'func_type'),
    ('singleModeWithoutFinalNewlineEndsBlocks', 'if x:\n    if y:\n        pass', 'single'),
    ('singleModeErrorAtEndOfInputWithoutNewline', 'class A:', 'single'),
    ('evalModeErrorAtEndOfInputWithoutNewline', '1 +', 'eval'),
    ('evalModeRejectsStatements', 'x = 1', 'eval'),
]))
S.append(('syntax errors of simple statements', [
    ('cannotAssignToFunctionCall', 'f() = 1\n'),
    ('cannotAssignToLiteralInChain', 'x = 1 = y\n'),
    ('onlySingleTargetCanBeAnnotatedTuple', '(a, b): int\n'),
    ('onlySingleTargetCanBeAnnotatedList', '[a]: int\n'),
    ('onlySingleTargetCanBeAnnotatedBareTuple', 'a, b: int\n'),
    ('illegalTargetForAnnotation', 'f(): int\n'),
    ('tupleIsIllegalForAugmentedAssignment', 'a, b += 1\n'),
    ('assignmentToYieldExpression', 'x = (yield) = 1\n'),
    ('cannotDeleteFunctionCall', 'del a, f()\n'),
    ('cannotDeleteLiteralInTuple', 'del a, (b, 1)\n'),
    ('trailingCommaNeedsParentheses', 'from x import a,\n'),
    ('fromImportWithoutNames', 'from x import\n'),
    ('importWithoutNames', 'import\n'),
    ('importFromInWrongOrder', 'import a.b, c from d\n'),
    ('globalWithTrailingComma', 'global x,\n'),
    ('missingExpressionAfterAugmentedOperator', 'x +=\n'),
]))
S.append(('syntax errors of compound statements', [
    ('expectedColonAfterIf', 'if x\n    pass\n'),
    ('expectedColonAfterElif', 'if x:\n    pass\nelif y\n    pass\n'),
    ('expectedColonAfterElse', 'if x:\n    pass\nelse\n    pass\n'),
    ('expectedColonAfterWhile', 'while x\n    pass\n'),
    ('expectedColonAfterFor', 'for x in y\n    pass\n'),
    ('expectedColonAfterWith', 'with a as b\n    pass\n'),
    ('expectedColonAfterClass', 'class A(B)\n    pass\n'),
    ('expectedColonAfterDef', 'def f() -> int\n    pass\n'),
    ('expectedParenthesisAfterDefName', 'def f:\n    pass\n'),
    ('expectedColonAfterTry', 'try\n    pass\nexcept:\n    pass\n'),
    ('expectedColonAfterExcept', 'try:\n    pass\nexcept A as e\n    pass\n'),
    ('expectedColonAfterFinally', 'try:\n    pass\nfinally\n    pass\n'),
    ('indentedBlockExpectedAfterIf', 'if x:\npass\n'),
    ('indentedBlockExpectedAfterElif', 'if x:\n    pass\nelif y:\npass\n'),
    ('indentedBlockExpectedAfterElse', 'while x:\n    pass\nelse:\npass\n'),
    ('indentedBlockExpectedAfterFor', 'for x in y:\npass\n'),
    ('indentedBlockExpectedAfterWith', 'with (a as b, c):\npass\n'),
    ('indentedBlockExpectedAfterDef', 'def f():\npass\n'),
    ('indentedBlockExpectedAfterClass', 'class A:\npass\n'),
    ('indentedBlockExpectedAfterTry', 'try:\npass\n'),
    ('indentedBlockExpectedAfterExcept', 'try:\n    pass\nexcept A:\npass\n'),
    ('indentedBlockExpectedAfterExceptStar', 'try:\n    pass\nexcept* A:\npass\n'),
    ('indentedBlockExpectedAfterFinally', 'try:\n    pass\nfinally:\npass\n'),
    ('indentedBlockExpectedAtEndOfFile', 'if x:\n'),
    ('tryNeedsExceptOrFinally', 'try:\n    pass\nx = 1\n'),
    ('tryNeedsExceptOrFinallyAtEndOfFile', 'try:\n    pass\n'),
    ('exceptAfterExceptStar', 'try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n'),
    ('exceptStarAfterExcept', 'try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n'),
    ('multipleExceptionTypesNeedParentheses', 'try:\n    pass\nexcept A, B:\n    pass\n'),
    ('exceptStarNeedsATypes', 'try:\n    pass\nexcept *:\n    pass\n'),
    ('forTargetCannotBeALiteral', 'for 1 in x:\n    pass\n'),
    ('withTargetCannotBeALiteral', 'with a as (b, 1):\n    pass\n'),
    ('emptyTypeParameterList', 'def f[](): pass\n'),
    ('emptyTypeParameterListOfTypeAlias', 'type X[] = int\n'),
    ('typeVarTupleCannotHaveABound', 'class A[*Ts: int]: pass\n'),
    ('paramSpecCannotHaveConstraints', 'def f[**P: (int, str)](): pass\n'),
    ('elifAfterElseIsInvalidSyntax', 'if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n'),
    ('decoratorWithoutDefinition', '@foo\nx = 1\n'),
    ('decoratorAtEndOfFile', '@foo\n'),
]))
S.append(('generic errors', [
    ('invalidSyntaxAtTheTokenTheFirstPassStoppedAt', 'x = 1 2\n'),
    ('unexpectedIndent', 'x = 1\n    y = 2\n'),
    ('unexpectedIndentInBlock', 'def f():\n    x\n        y\n'),
    ('unclosedParenthesisAtEndOfFile', 'x = (1,\ny = 2\n'),
    ('unclosedParenthesisOnTheErrorLineKeepsParserError', 'x = (1 2\n'),
    ('laterTokenizerErrorTakesPrecedence', 'x = 1 2\ny = "unterminated\n'),
    ('laterLineContinuationErrorDoesNot', 'x = 1 2\ny = \\z\n'),
    ('errorOffsetsCountCharactersNotBytes', 'é = ("ééé", 1 2)\n'),
    ('errorOnLineAfterTripleQuotedStringUsesCPythonsBuffer', '"""ééé\n""" + 1 2\n'),
    ('expectedColonForMatchStatementLookalike', 'match(x)\n1 +\n'),
    ('keywordSpelledWithOtherCharactersIsAName', '\uff49\uff46 = 1\n\uff44\uff45\uff46 = 2\n'),
]))
S.append(('deep nesting', [
    ('longElifChainOverflowsParserStackLikeCPython', 'if x:\n pass\n' + 'elif x:\n pass\n' * 20000, 'exec',
     '"if x:\\n pass\\n" + "elif x:\\n pass\\n".repeat(20_000)'),
]))
P = []
P.append(('literal patterns', [
    ('numbersStringsAndSingletons', 'match x:\n    case 1 | -2 | 3.5 | 4j | -5j | "s" "t" | b"u" | None | True | False:\n        pass\n'),
    ('complexLiterals', 'match x:\n    case 1 + 2j | -1 - 2j | -1.5 + 0j:\n        pass\n'),
    ('fStringIsAValuePatternForTheParser', 'match x:\n    case f"{y}":\n        pass\n'),
]))
P.append(('captures, wildcards and values', [
    ('captureAndWildcard', 'match x:\n    case y:\n        pass\n    case _:\n        pass\n'),
    ('dottedNameIsAValuePattern', 'match x:\n    case a.b.c:\n        pass\n'),
    ('groupPatternIsItsContent', 'match x:\n    case (y):\n        pass\n'),
]))
P.append(('sequences', [
    ('emptySequences', 'match x:\n    case []:\n        pass\n    case ():\n        pass\n'),
    ('sequencesWithStars', 'match x:\n    case [a, *rest]:\n        pass\n    case (a, *_, b):\n        pass\n    case (a,):\n        pass\n'),
    ('openSequenceAtTopLevelIncludesTrailingComma', 'match x:\n    case a, b,:\n        pass\n    case *a, b:\n        pass\n'),
]))
P.append(('or and as', [
    ('orPatternOfClosedPatterns', 'match x:\n    case 1 | [2] | {3: _} | C():\n        pass\n'),
    ('asPatternsNest', 'match x:\n    case ((a as b) | c) as d:\n        pass\n'),
    ('asPatternsInsideSequencesAndMappings', 'match x:\n    case [a as b, {"k": c as d}]:\n        pass\n'),
]))
P.append(('mappings and classes', [
    ('mappingPatternKeysAndRest', 'match x:\n    case {}:\n        pass\n    case {**rest}:\n        pass\n    case {1: a, "b": 2, -3: c, None: d, a.b: e, **rest,}:\n        pass\n'),
    ('classPatternsPositionalAndKeyword', 'match x:\n    case C():\n        pass\n    case a.B(1, y=2,):\n        pass\n    case D(x=a, y=_):\n        pass\n'),
]))
P.append(('match statement', [
    ('subjectTupleAndStarred', 'match a, *b:\n    case _:\n        pass\n'),
    ('subjectWithTrailingComma', 'match a,:\n    case _:\n        pass\n'),
    ('guardIsANamedExpression', 'match x:\n    case [y] if (z := y) > 0:\n        pass\n'),
    ('commentsAndBlankLinesBetweenCases', 'match x:\n    # comment\n\n    case 1:\n        pass\n\n    case 2:\n        pass\n'),
    ('matchAndCaseAreNamesElsewhere', 'match = case = _ = 1\nmatch(x)\nmatch[x]\nmatch.x = case\nmatch - x\n'),
    ('matchWithUnaryMinusSubject', 'match -x:\n    case 1:\n        pass\n'),
]))
P.append(('syntax errors', [
    ('positionalPatternsFollowKeywordPatterns', 'match x:\n    case C(a, b=1, c, d):\n        pass\n'),
    ('cannotUseUnderscoreAsTarget', 'match x:\n    case y as _:\n        pass\n'),
    ('invalidPatternTarget', 'match x:\n    case y as 1:\n        pass\n'),
    ('dottedNameIsNotAPatternTarget', 'match x:\n    case y as a.b:\n        pass\n'),
    ('imaginaryNumberRequired', 'match x:\n    case 1 + 2:\n        pass\n'),
    ('realNumberRequired', 'match x:\n    case 1j + 2j:\n        pass\n'),
    ('unaryPlusIsNotAPattern', 'match x:\n    case +1:\n        pass\n'),
    ('doubleStarMustBeLastInMapping', 'match x:\n    case {**rest, "a": 1}:\n        pass\n'),
    ('mappingKeyMustBeLiteralOrValue', 'match x:\n    case {y: 1}:\n        pass\n'),
    ('expectedColonAfterCase', 'match x:\n    case 1\n        pass\n'),
    ('expectedColonAfterMatch', 'match x\n    case 1:\n        pass\n'),
    ('indentedBlockExpectedAfterCase', 'match x:\n    case 1:\n    pass\n'),
    ('indentedBlockExpectedAfterMatch', 'match x:\ncase 1:\n    pass\n'),
    ('caseOutsideMatch', 'case 1:\n    pass\n'),
    ('softKeywordSpelledWithOtherCharactersIsAName', '\uff4d\uff41\uff54\uff43\uff48 x:\n    case 1:\n        pass\n'),
]))
write('StatementParserTest', '''/**
 * Statements, statement lists and the four start rules ({@link StatementParser},
 * {@link SimpleStatementParser}, {@link DefinitionParser}, {@link CompoundStatementParser}): trees
 * with their positions, and syntax errors with CPython's type, message and location. Every
 * expectation is what CPython 3.13 gives for the same source ({@code ast.dump(tree,
 * include_attributes=True)}, or the SyntaxError's {@code msg, lineno, offset, end_lineno,
 * end_offset}).
 */''', S, 'src/test/java/org/pyxis/parser/StatementParserTest.java', extra='''    @Test
    void statementListsAreIterative() {
        Mod tree = Parser.parse("x = 1\\n".repeat(100_000), "<test>", Parser.Mode.EXEC);
        assertEquals(100_000, ((Mod.Module) tree).body().size());
    }

    @Test
    void deepButLegalNestingParsesOnASmallJavaStack() throws InterruptedException {
        String source = "x = " + "-".repeat(5_000) + "1\\n";
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
        byte[] source = "x = 1\\ny = 2 +".getBytes(StandardCharsets.UTF_8);
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
            source.append(" ".repeat(i)).append("if x:\\n");
        }
        assertError(source.toString(), "IndentationError", "too many levels of indentation", 101, 1, 101, 0);
    }
''')
write('PatternParserTest', '''/**
 * The match statement and its patterns ({@link PatternParser}): trees with their positions, and
 * syntax errors with CPython's type, message and location. Every expectation is what CPython 3.13
 * gives for the same source.
 */''', P, 'src/test/java/org/pyxis/parser/PatternParserTest.java')
