package org.pyxis.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyxis.parser.SyntaxProblem.Kind.INDENTATION_ERROR;
import static org.pyxis.parser.SyntaxProblem.Kind.SYNTAX_ERROR;
import static org.pyxis.parser.SyntaxProblem.Kind.TAB_ERROR;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyxis.parser.ast.Repr;

/**
 * {@link Tokenizer} against CPython 3.13.0. The expected token streams are what CPython's C
 * tokenizer gives its parser, observed with {@code _tokenize.TokenizerIter(readline,
 * extra_tokens=False)} (columns converted to UTF-8 bytes; NEWLINE ends one byte after its
 * {@code '\n'} and an FSTRING_MIDDLE ending at a doubled brace ends after the second brace, as the
 * parser sees them). The expected errors are the SyntaxError attributes {@code compile(source,
 * "f.py", "exec")} raises; the expected warnings are the SyntaxErrors it raises under {@code -W
 * error}.
 */
class TokenizerTest {
    /** A token as "KIND 'text' line,col-endLine,endCol", texts in Python's repr. */
    private static String format(Token t) {
        return t.kind() + " " + Repr.str(t.text()) + " " + t.lineno() + "," + t.colOffset() + "-" + t.endLineno()
                + "," + t.endColOffset();
    }

    private static List<String> tokens(Tokenizer tokenizer) {
        List<String> out = new ArrayList<>();
        for (;;) {
            Token t = tokenizer.next();
            out.add(format(t));
            if (t.kind() == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    private static void assertTokens(String source, String... expected) {
        assertEquals(String.join("\n", expected), String.join("\n", tokens(new Tokenizer(source, "f.py"))));
    }

    private static void assertError(String source, SyntaxProblem.Kind kind, String message, int lineno, int offset,
            int endLineno, int endOffset, String text) {
        ParseFailure f = assertThrows(ParseFailure.class, () -> tokens(new Tokenizer(source, "f.py")));
        assertEquals(new SyntaxProblem(kind, message, "f.py", lineno, offset, endLineno, endOffset, text), f.problem());
    }

    private static void assertWarning(String source, String message, int lineno, int offset, String text) {
        Tokenizer tokenizer = new Tokenizer(source, "f.py");
        tokens(tokenizer);
        assertEquals(List.of(new SyntaxProblem(SYNTAX_ERROR, message, "f.py", lineno, offset, lineno, offset, text)),
                tokenizer.warnings());
    }

    /** {@code levels} nested if statements, each indented one more space, then a body line. */
    private static String deepIndentation(int levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        return sb.append(" ".repeat(levels)).append("y\n").toString();
    }

    /** An f-string holding {@code depth} nested f-strings. */
    private static String nestedFStrings(int depth) {
        return "f'" + "{f'".repeat(depth) + "x" + "'}".repeat(depth) + "'\n";
    }

    // ---- token streams ----

    @Test
    void simpleAssignment() {
        assertTokens("x = 1\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void lastLineWithoutNewlineGetsOne() {
        assertTokens("x = 1",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void blankAndCommentLinesMakeNoTokens() {
        assertTokens("\n# c\n  \nx\n  # d\n\n",
                "NAME 'x' 4,0-4,1",
                "NEWLINE '' 4,1-4,2",
                "ENDMARKER '' 6,-1-6,-1");
    }

    @Test
    void newlineAfterCommentStartsAtComment() {
        assertTokens("x = 1  # note\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "NEWLINE '# note' 1,7-1,14",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void emptySource() {
        assertTokens("",
                "ENDMARKER '' 0,-1-0,-1");
    }

    @Test
    void onlyComments() {
        assertTokens("# a\n# b",
                "ENDMARKER '' 2,-1-2,-1");
    }

    @Test
    void indentAndDedent() {
        assertTokens("if a:\n    b\n    if c:\n        d\ne\n",
                "NAME 'if' 1,0-1,2",
                "NAME 'a' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "INDENT '' 2,-1-2,-1",
                "NAME 'b' 2,4-2,5",
                "NEWLINE '' 2,5-2,6",
                "NAME 'if' 3,4-3,6",
                "NAME 'c' 3,7-3,8",
                "COLON ':' 3,8-3,9",
                "NEWLINE '' 3,9-3,10",
                "INDENT '' 4,-1-4,-1",
                "NAME 'd' 4,8-4,9",
                "NEWLINE '' 4,9-4,10",
                "DEDENT '' 5,-1-5,-1",
                "DEDENT '' 5,-1-5,-1",
                "NAME 'e' 5,0-5,1",
                "NEWLINE '' 5,1-5,2",
                "ENDMARKER '' 5,-1-5,-1");
    }

    @Test
    void dedentsAtEndOfFile() {
        assertTokens("if a:\n  if b:\n    c",
                "NAME 'if' 1,0-1,2",
                "NAME 'a' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "INDENT '' 2,-1-2,-1",
                "NAME 'if' 2,2-2,4",
                "NAME 'b' 2,5-2,6",
                "COLON ':' 2,6-2,7",
                "NEWLINE '' 2,7-2,8",
                "INDENT '' 3,-1-3,-1",
                "NAME 'c' 3,4-3,5",
                "NEWLINE '' 3,5-3,6",
                "DEDENT '' 3,-1-3,-1",
                "DEDENT '' 3,-1-3,-1",
                "ENDMARKER '' 3,-1-3,-1");
    }

    @Test
    void tabsIndentConsistently() {
        assertTokens("if a:\n\tb\n\tif c:\n\t\td\n",
                "NAME 'if' 1,0-1,2",
                "NAME 'a' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "INDENT '' 2,-1-2,-1",
                "NAME 'b' 2,1-2,2",
                "NEWLINE '' 2,2-2,3",
                "NAME 'if' 3,1-3,3",
                "NAME 'c' 3,4-3,5",
                "COLON ':' 3,5-3,6",
                "NEWLINE '' 3,6-3,7",
                "INDENT '' 4,-1-4,-1",
                "NAME 'd' 4,2-4,3",
                "NEWLINE '' 4,3-4,4",
                "DEDENT '' 4,-1-4,-1",
                "DEDENT '' 4,-1-4,-1",
                "ENDMARKER '' 4,-1-4,-1");
    }

    @Test
    void formFeedResetsIndentation() {
        assertTokens("if a:\n  b\n\u000c  c\n",
                "NAME 'if' 1,0-1,2",
                "NAME 'a' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "INDENT '' 2,-1-2,-1",
                "NAME 'b' 2,2-2,3",
                "NEWLINE '' 2,3-2,4",
                "NAME 'c' 3,3-3,4",
                "NEWLINE '' 3,4-3,5",
                "DEDENT '' 3,-1-3,-1",
                "ENDMARKER '' 3,-1-3,-1");
    }

    @Test
    void newlinesInsideBracketsAreIgnored() {
        assertTokens("x = (1,\n     2,  # c\n\n     3)\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "LPAR '(' 1,4-1,5",
                "NUMBER '1' 1,5-1,6",
                "COMMA ',' 1,6-1,7",
                "NUMBER '2' 2,5-2,6",
                "COMMA ',' 2,6-2,7",
                "NUMBER '3' 4,5-4,6",
                "RPAR ')' 4,6-4,7",
                "NEWLINE '' 4,7-4,8",
                "ENDMARKER '' 4,-1-4,-1");
    }

    @Test
    void backslashContinuation() {
        assertTokens("x = 1 + \\\n    2\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "PLUS '+' 1,6-1,7",
                "NUMBER '2' 2,4-2,5",
                "NEWLINE '' 2,5-2,6",
                "ENDMARKER '' 2,-1-2,-1");
    }

    @Test
    void backslashContinuationInIndentation() {
        assertTokens("if a:\n  \\\n    b\n",
                "NAME 'if' 1,0-1,2",
                "NAME 'a' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "INDENT '' 3,-1-3,-1",
                "NAME 'b' 3,4-3,5",
                "NEWLINE '' 3,5-3,6",
                "DEDENT '' 3,-1-3,-1",
                "ENDMARKER '' 3,-1-3,-1");
    }

    @Test
    void crlfAndCrLineEndings() {
        assertTokens("if a:\r\n  b\r  c\r\n",
                "NAME 'if' 1,0-1,2",
                "NAME 'a' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "INDENT '' 2,-1-2,-1",
                "NAME 'b' 2,2-2,3",
                "NEWLINE '' 2,3-2,4",
                "NAME 'c' 3,2-3,3",
                "NEWLINE '' 3,3-3,4",
                "DEDENT '' 3,-1-3,-1",
                "ENDMARKER '' 3,-1-3,-1");
    }

    @Test
    void operators() {
        assertTokens("a += b ** c // d -> e := f != g <> h @ i\n",
                "NAME 'a' 1,0-1,1",
                "PLUSEQUAL '+=' 1,2-1,4",
                "NAME 'b' 1,5-1,6",
                "DOUBLESTAR '**' 1,7-1,9",
                "NAME 'c' 1,10-1,11",
                "DOUBLESLASH '//' 1,12-1,14",
                "NAME 'd' 1,15-1,16",
                "RARROW '->' 1,17-1,19",
                "NAME 'e' 1,20-1,21",
                "COLONEQUAL ':=' 1,22-1,24",
                "NAME 'f' 1,25-1,26",
                "NOTEQUAL '!=' 1,27-1,29",
                "NAME 'g' 1,30-1,31",
                "NOTEQUAL '<>' 1,32-1,34",
                "NAME 'h' 1,35-1,36",
                "AT '@' 1,37-1,38",
                "NAME 'i' 1,39-1,40",
                "NEWLINE '' 1,40-1,41",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void augmentedOperators() {
        assertTokens("a<<=b>>=c**=d//=e@=f|=g&=h^=i%=j-=k*=l/=m\n",
                "NAME 'a' 1,0-1,1",
                "LEFTSHIFTEQUAL '<<=' 1,1-1,4",
                "NAME 'b' 1,4-1,5",
                "RIGHTSHIFTEQUAL '>>=' 1,5-1,8",
                "NAME 'c' 1,8-1,9",
                "DOUBLESTAREQUAL '**=' 1,9-1,12",
                "NAME 'd' 1,12-1,13",
                "DOUBLESLASHEQUAL '//=' 1,13-1,16",
                "NAME 'e' 1,16-1,17",
                "ATEQUAL '@=' 1,17-1,19",
                "NAME 'f' 1,19-1,20",
                "VBAREQUAL '|=' 1,20-1,22",
                "NAME 'g' 1,22-1,23",
                "AMPEREQUAL '&=' 1,23-1,25",
                "NAME 'h' 1,25-1,26",
                "CIRCUMFLEXEQUAL '^=' 1,26-1,28",
                "NAME 'i' 1,28-1,29",
                "PERCENTEQUAL '%=' 1,29-1,31",
                "NAME 'j' 1,31-1,32",
                "MINEQUAL '-=' 1,32-1,34",
                "NAME 'k' 1,34-1,35",
                "STAREQUAL '*=' 1,35-1,37",
                "NAME 'l' 1,37-1,38",
                "SLASHEQUAL '/=' 1,38-1,40",
                "NAME 'm' 1,40-1,41",
                "NEWLINE '' 1,41-1,42",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void dotsAndEllipsis() {
        assertTokens("x = ...\ny = a.b\nz = 1..real\nw = a..b\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "ELLIPSIS '...' 1,4-1,7",
                "NEWLINE '' 1,7-1,8",
                "NAME 'y' 2,0-2,1",
                "EQUAL '=' 2,2-2,3",
                "NAME 'a' 2,4-2,5",
                "DOT '.' 2,5-2,6",
                "NAME 'b' 2,6-2,7",
                "NEWLINE '' 2,7-2,8",
                "NAME 'z' 3,0-3,1",
                "EQUAL '=' 3,2-3,3",
                "NUMBER '1.' 3,4-3,6",
                "DOT '.' 3,6-3,7",
                "NAME 'real' 3,7-3,11",
                "NEWLINE '' 3,11-3,12",
                "NAME 'w' 4,0-4,1",
                "EQUAL '=' 4,2-4,3",
                "NAME 'a' 4,4-4,5",
                "DOT '.' 4,5-4,6",
                "DOT '.' 4,6-4,7",
                "NAME 'b' 4,7-4,8",
                "NEWLINE '' 4,8-4,9",
                "ENDMARKER '' 4,-1-4,-1");
    }

    @Test
    void numbers() {
        assertTokens("x = 0, 00, 0_0, 1_000, 0xFF, 0o17, 0b1_0, 1., .5, 1e10, 1.5E-3, 1j, 1.5J, 0e0, 09.5, 09j, 1_0.0_1e+1_0j\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '0' 1,4-1,5",
                "COMMA ',' 1,5-1,6",
                "NUMBER '00' 1,7-1,9",
                "COMMA ',' 1,9-1,10",
                "NUMBER '0_0' 1,11-1,14",
                "COMMA ',' 1,14-1,15",
                "NUMBER '1_000' 1,16-1,21",
                "COMMA ',' 1,21-1,22",
                "NUMBER '0xFF' 1,23-1,27",
                "COMMA ',' 1,27-1,28",
                "NUMBER '0o17' 1,29-1,33",
                "COMMA ',' 1,33-1,34",
                "NUMBER '0b1_0' 1,35-1,40",
                "COMMA ',' 1,40-1,41",
                "NUMBER '1.' 1,42-1,44",
                "COMMA ',' 1,44-1,45",
                "NUMBER '.5' 1,46-1,48",
                "COMMA ',' 1,48-1,49",
                "NUMBER '1e10' 1,50-1,54",
                "COMMA ',' 1,54-1,55",
                "NUMBER '1.5E-3' 1,56-1,62",
                "COMMA ',' 1,62-1,63",
                "NUMBER '1j' 1,64-1,66",
                "COMMA ',' 1,66-1,67",
                "NUMBER '1.5J' 1,68-1,72",
                "COMMA ',' 1,72-1,73",
                "NUMBER '0e0' 1,74-1,77",
                "COMMA ',' 1,77-1,78",
                "NUMBER '09.5' 1,79-1,83",
                "COMMA ',' 1,83-1,84",
                "NUMBER '09j' 1,85-1,88",
                "COMMA ',' 1,88-1,89",
                "NUMBER '1_0.0_1e+1_0j' 1,90-1,103",
                "NEWLINE '' 1,103-1,104",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void numberBeforeKeywordWarns() {
        assertTokens("x = 1if y else 2\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "NAME 'if' 1,5-1,7",
                "NAME 'y' 1,8-1,9",
                "NAME 'else' 1,10-1,14",
                "NUMBER '2' 1,15-1,16",
                "NEWLINE '' 1,16-1,17",
                "ENDMARKER '' 1,-1-1,-1");
        // CPython also warns: invalid decimal literal
    }

    @Test
    void namesAreNfkcNormalized() {
        assertTokens("ﬁ = ℌ + ｘ\n",
                "NAME 'fi' 1,0-1,3",
                "EQUAL '=' 1,4-1,5",
                "NAME 'H' 1,6-1,9",
                "PLUS '+' 1,10-1,11",
                "NAME 'x' 1,12-1,15",
                "NEWLINE '' 1,15-1,16",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void columnsAreUtf8Bytes() {
        assertTokens("é = 'ü' + ñ + '😀'\n",
                "NAME 'é' 1,0-1,2",
                "EQUAL '=' 1,3-1,4",
                "STRING \"'ü'\" 1,5-1,9",
                "PLUS '+' 1,10-1,11",
                "NAME 'ñ' 1,12-1,14",
                "PLUS '+' 1,15-1,16",
                "STRING \"'😀'\" 1,17-1,23",
                "NEWLINE '' 1,23-1,24",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void stringPrefixes() {
        assertTokens("r'a' b'b' rb'c' BR'd' u'e' Rb'f' U'g'\n",
                "STRING \"r'a'\" 1,0-1,4",
                "STRING \"b'b'\" 1,5-1,9",
                "STRING \"rb'c'\" 1,10-1,15",
                "STRING \"BR'd'\" 1,16-1,21",
                "STRING \"u'e'\" 1,22-1,26",
                "STRING \"Rb'f'\" 1,27-1,32",
                "STRING \"U'g'\" 1,33-1,37",
                "NEWLINE '' 1,37-1,38",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void invalidPrefixIsNameThenString() {
        assertTokens("ub'a' fb'b'\n",
                "NAME 'ub' 1,0-1,2",
                "STRING \"'a'\" 1,2-1,5",
                "NAME 'fb' 1,6-1,8",
                "STRING \"'b'\" 1,8-1,11",
                "NEWLINE '' 1,11-1,12",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void tripleQuotedStringSpansLines() {
        assertTokens("x = '''a\nb''' + \"\"\"c\n\"\"\"\ny\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "STRING \"'''a\\nb'''\" 1,4-2,4",
                "PLUS '+' 2,5-2,6",
                "STRING '\"\"\"c\\n\"\"\"' 2,7-3,3",
                "NEWLINE '' 3,3-3,4",
                "NAME 'y' 4,0-4,1",
                "NEWLINE '' 4,1-4,2",
                "ENDMARKER '' 4,-1-4,-1");
    }

    @Test
    void stringEscapesDoNotEndString() {
        assertTokens("x = 'a\\'b' \"c\\\\\" 'd\\\ne'\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "STRING \"'a\\\\'b'\" 1,4-1,10",
                "STRING '\"c\\\\\\\\\"' 1,11-1,16",
                "STRING \"'d\\\\\\ne'\" 1,17-2,2",
                "NEWLINE '' 2,2-2,3",
                "ENDMARKER '' 2,-1-2,-1");
    }

    @Test
    void fstringSimple() {
        assertTokens("f'a{x}b'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "FSTRING_MIDDLE 'a' 1,2-1,3",
                "LBRACE '{' 1,3-1,4",
                "NAME 'x' 1,4-1,5",
                "RBRACE '}' 1,5-1,6",
                "FSTRING_MIDDLE 'b' 1,6-1,7",
                "FSTRING_END \"'\" 1,7-1,8",
                "NEWLINE '' 1,8-1,9",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringDoubledBraces() {
        assertTokens("f'{{a}}{{'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "FSTRING_MIDDLE '{' 1,2-1,4",
                "FSTRING_MIDDLE 'a}' 1,4-1,7",
                "FSTRING_MIDDLE '{' 1,7-1,9",
                "FSTRING_END \"'\" 1,9-1,10",
                "NEWLINE '' 1,10-1,11",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringConversionAndFormatSpec() {
        assertTokens("f'{x!r:>{w}.{p}}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "LBRACE '{' 1,2-1,3",
                "NAME 'x' 1,3-1,4",
                "EXCLAMATION '!' 1,4-1,5",
                "NAME 'r' 1,5-1,6",
                "COLON ':' 1,6-1,7",
                "FSTRING_MIDDLE '>' 1,7-1,8",
                "LBRACE '{' 1,8-1,9",
                "NAME 'w' 1,9-1,10",
                "RBRACE '}' 1,10-1,11",
                "FSTRING_MIDDLE '.' 1,11-1,12",
                "LBRACE '{' 1,12-1,13",
                "NAME 'p' 1,13-1,14",
                "RBRACE '}' 1,14-1,15",
                "FSTRING_MIDDLE '' 1,15-1,15",
                "RBRACE '}' 1,15-1,16",
                "FSTRING_END \"'\" 1,16-1,17",
                "NEWLINE '' 1,17-1,18",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringDebug() {
        assertTokens("f'{x = !r}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "LBRACE '{' 1,2-1,3",
                "NAME 'x' 1,3-1,4",
                "EQUAL '=' 1,5-1,6",
                "EXCLAMATION '!' 1,7-1,8",
                "NAME 'r' 1,8-1,9",
                "RBRACE '}' 1,9-1,10",
                "FSTRING_END \"'\" 1,10-1,11",
                "NEWLINE '' 1,11-1,12",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringNestedSameQuotes() {
        assertTokens("f'{f'{y}'}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "LBRACE '{' 1,2-1,3",
                "FSTRING_START \"f'\" 1,3-1,5",
                "LBRACE '{' 1,5-1,6",
                "NAME 'y' 1,6-1,7",
                "RBRACE '}' 1,7-1,8",
                "FSTRING_END \"'\" 1,8-1,9",
                "RBRACE '}' 1,9-1,10",
                "FSTRING_END \"'\" 1,10-1,11",
                "NEWLINE '' 1,11-1,12",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringNestedReplacementFields() {
        assertTokens("f'{x:{y:{z}}}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "LBRACE '{' 1,2-1,3",
                "NAME 'x' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "LBRACE '{' 1,5-1,6",
                "NAME 'y' 1,6-1,7",
                "COLON ':' 1,7-1,8",
                "LBRACE '{' 1,8-1,9",
                "NAME 'z' 1,9-1,10",
                "RBRACE '}' 1,10-1,11",
                "FSTRING_MIDDLE '' 1,11-1,11",
                "RBRACE '}' 1,11-1,12",
                "FSTRING_MIDDLE '' 1,12-1,12",
                "RBRACE '}' 1,12-1,13",
                "FSTRING_END \"'\" 1,13-1,14",
                "NEWLINE '' 1,14-1,15",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringTripleQuotedMultiline() {
        assertTokens("f'''a\n{x:\n>10}\nb'''\n",
                "FSTRING_START \"f'''\" 1,0-1,4",
                "FSTRING_MIDDLE 'a\\n' 1,4-2,0",
                "LBRACE '{' 2,0-2,1",
                "NAME 'x' 2,1-2,2",
                "COLON ':' 2,2-2,3",
                "FSTRING_MIDDLE '\\n>10' 2,3-3,3",
                "RBRACE '}' 3,3-3,4",
                "FSTRING_MIDDLE '\\nb' 3,4-4,1",
                "FSTRING_END \"'''\" 4,1-4,4",
                "NEWLINE '' 4,4-4,5",
                "ENDMARKER '' 4,-1-4,-1");
    }

    @Test
    void fstringNewlineEndsFormatSpec() {
        assertTokens("f'{x:\n}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "LBRACE '{' 1,2-1,3",
                "NAME 'x' 1,3-1,4",
                "COLON ':' 1,4-1,5",
                "FSTRING_MIDDLE '' 1,5-1,5",
                "RBRACE '}' 2,0-2,1",
                "FSTRING_END \"'\" 2,1-2,2",
                "NEWLINE '' 2,2-2,3",
                "ENDMARKER '' 2,-1-2,-1");
    }

    @Test
    void fstringNamedEscape() {
        assertTokens("f'\\N{BULLET}{x}' rf'\\N{x}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "FSTRING_MIDDLE '\\\\N{BULLET}' 1,2-1,12",
                "LBRACE '{' 1,12-1,13",
                "NAME 'x' 1,13-1,14",
                "RBRACE '}' 1,14-1,15",
                "FSTRING_END \"'\" 1,15-1,16",
                "FSTRING_START \"rf'\" 1,17-1,20",
                "FSTRING_MIDDLE '\\\\N' 1,20-1,22",
                "LBRACE '{' 1,22-1,23",
                "NAME 'x' 1,23-1,24",
                "RBRACE '}' 1,24-1,25",
                "FSTRING_END \"'\" 1,25-1,26",
                "NEWLINE '' 1,26-1,27",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringNotEqualAndWalrus() {
        assertTokens("f'{a!=b}{(c:=1)}{d:=^5}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "LBRACE '{' 1,2-1,3",
                "NAME 'a' 1,3-1,4",
                "NOTEQUAL '!=' 1,4-1,6",
                "NAME 'b' 1,6-1,7",
                "RBRACE '}' 1,7-1,8",
                "LBRACE '{' 1,8-1,9",
                "LPAR '(' 1,9-1,10",
                "NAME 'c' 1,10-1,11",
                "COLONEQUAL ':=' 1,11-1,13",
                "NUMBER '1' 1,13-1,14",
                "RPAR ')' 1,14-1,15",
                "RBRACE '}' 1,15-1,16",
                "LBRACE '{' 1,16-1,17",
                "NAME 'd' 1,17-1,18",
                "COLON ':' 1,18-1,19",
                "FSTRING_MIDDLE '=^5' 1,19-1,22",
                "RBRACE '}' 1,22-1,23",
                "FSTRING_END \"'\" 1,23-1,24",
                "NEWLINE '' 1,24-1,25",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringExpressionWithStringsAndDict() {
        assertTokens("f'{\"}\"}{ {1: 2}[1] }'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "LBRACE '{' 1,2-1,3",
                "STRING '\"}\"' 1,3-1,6",
                "RBRACE '}' 1,6-1,7",
                "LBRACE '{' 1,7-1,8",
                "LBRACE '{' 1,9-1,10",
                "NUMBER '1' 1,10-1,11",
                "COLON ':' 1,11-1,12",
                "NUMBER '2' 1,13-1,14",
                "RBRACE '}' 1,14-1,15",
                "LSQB '[' 1,15-1,16",
                "NUMBER '1' 1,16-1,17",
                "RSQB ']' 1,17-1,18",
                "RBRACE '}' 1,19-1,20",
                "FSTRING_END \"'\" 1,20-1,21",
                "NEWLINE '' 1,21-1,22",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void fstringBackslashBeforeBraceWarns() {
        assertTokens("f'\\{x}'\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "FSTRING_MIDDLE '\\\\' 1,2-1,3",
                "LBRACE '{' 1,3-1,4",
                "NAME 'x' 1,4-1,5",
                "RBRACE '}' 1,5-1,6",
                "FSTRING_END \"'\" 1,6-1,7",
                "NEWLINE '' 1,7-1,8",
                "ENDMARKER '' 1,-1-1,-1");
        // CPython also warns: invalid escape sequence '\{'
    }

    @Test
    void fstringEmpty() {
        assertTokens("f'' F\"\"\"\"\"\"\n",
                "FSTRING_START \"f'\" 1,0-1,2",
                "FSTRING_END \"'\" 1,2-1,3",
                "FSTRING_START 'F\"\"\"' 1,4-1,8",
                "FSTRING_END '\"\"\"' 1,8-1,11",
                "NEWLINE '' 1,11-1,12",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void exclamationOutsideFString() {
        assertTokens("x = !y\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "EXCLAMATION '!' 1,4-1,5",
                "NAME 'y' 1,5-1,6",
                "NEWLINE '' 1,6-1,7",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void keywordsAndSoftKeywordsAreNames() {
        assertTokens("match x:\n  case _: pass\n",
                "NAME 'match' 1,0-1,5",
                "NAME 'x' 1,6-1,7",
                "COLON ':' 1,7-1,8",
                "NEWLINE '' 1,8-1,9",
                "INDENT '' 2,-1-2,-1",
                "NAME 'case' 2,2-2,6",
                "NAME '_' 2,7-2,8",
                "COLON ':' 2,8-2,9",
                "NAME 'pass' 2,10-2,14",
                "NEWLINE '' 2,14-2,15",
                "DEDENT '' 2,-1-2,-1",
                "ENDMARKER '' 2,-1-2,-1");
    }

    // ---- errors ----

    @Test
    void unterminatedString() {
        assertError("x = \"abc\n",
                SYNTAX_ERROR, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc");
    }

    @Test
    void unterminatedStringWithPrefix() {
        assertError("x = rb'abc\n",
                SYNTAX_ERROR, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = rb'abc");
    }

    @Test
    void unterminatedStringAfterEscapedQuote() {
        assertError("x = \"abc\\\"\n",
                SYNTAX_ERROR, "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 5, 1, 5, "x = \"abc\\\"");
    }

    @Test
    void unterminatedTripleQuotedString() {
        assertError("x = \"\"\"abc\n\nfoo",
                SYNTAX_ERROR, "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5, "x = \"\"\"abc");
    }

    @Test
    void unterminatedStringOnNonAsciiLine() {
        assertError("ä = \"\n",
                SYNTAX_ERROR, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "ä = \"");
    }

    @Test
    void unterminatedFString() {
        assertError("x = f\"a{x}\n",
                SYNTAX_ERROR, "unterminated f-string literal (detected at line 1)", 1, 5, 1, 5, "x = f\"a{x}");
    }

    @Test
    void unterminatedTripleQuotedFString() {
        assertError("x = f'''a\n{x}\n",
                SYNTAX_ERROR, "unterminated triple-quoted f-string literal (detected at line 2)", 1, 5, 1, 5, "x = f'''a");
    }

    @Test
    void unmatchedClosingBracket() {
        assertError("x = )\n",
                SYNTAX_ERROR, "unmatched ')'", 1, 5, 1, 5, "x = )");
    }

    @Test
    void mismatchedBracket() {
        assertError("x = [1, 2)\n",
                SYNTAX_ERROR, "closing parenthesis ')' does not match opening parenthesis '['", 1, 10, 1, 10, "x = [1, 2)");
    }

    @Test
    void mismatchedBracketOnOtherLine() {
        assertError("x = [1,\n 2)\n",
                SYNTAX_ERROR, "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 3, 2, 3, " 2)");
    }

    @Test
    void unclosedBracketOnLastLine() {
        assertError("x = ((((\n",
                SYNTAX_ERROR, "'(' was never closed", 1, 8, 1, 0, "x = ((((\n");
    }

    @Test
    void unclosedBracketOnEarlierLine() {
        assertError("x = (1,\n  2,\n",
                SYNTAX_ERROR, "'(' was never closed", 1, 5, 1, 0, "x = (1,");
    }

    @Test
    void unclosedBraceInFString() {
        assertError("f\"{x\n",
                SYNTAX_ERROR, "'{' was never closed", 1, 3, 1, 0, "f\"{x\n");
    }

    @Test
    void invalidCharacter() {
        assertError("x = a€b\n",
                SYNTAX_ERROR, "invalid character '€' (U+20AC)", 1, 6, 1, 6, "x = a€b");
    }

    @Test
    void invalidCharacterOutsideBmp() {
        assertError("x = ab😀\n",
                SYNTAX_ERROR, "invalid character '😀' (U+1F600)", 1, 7, 1, 7, "x = ab😀");
    }

    @Test
    void invalidNonPrintableCharacter() {
        assertError("x = 1\u00a0\n",
                SYNTAX_ERROR, "invalid non-printable character U+00A0", 1, 6, 1, 6, "x = 1\u00a0");
    }

    @Test
    void invalidNonPrintableAsciiCharacter() {
        assertError("x = \u0001\n",
                SYNTAX_ERROR, "invalid non-printable character U+0001", 1, 5, 1, 5, "x = \u0001");
    }

    @Test
    void verticalTabIsNotWhitespace() {
        assertError("x = \u000b1\n",
                SYNTAX_ERROR, "invalid non-printable character U+000B", 1, 5, 1, 5, "x = \u000b1");
    }

    @Test
    void dollarQuestionMarkAndBacktickAreErrorTokens() {
        // CPython's tokenizer makes them OP tokens the parser rejects (tokenize calls them ERRORTOKEN).
        assertTokens("x = $?`\n",
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "ERRORTOKEN '$' 1,4-1,5",
                "ERRORTOKEN '?' 1,5-1,6",
                "ERRORTOKEN '`' 1,6-1,7",
                "NEWLINE '' 1,7-1,8",
                "ENDMARKER '' 1,-1-1,-1");
    }

    @Test
    void tokenizingGoesOnAfterAnErrorToken() {
        assertError("x = $ + 'abc\n",
                SYNTAX_ERROR, "unterminated string literal (detected at line 1)", 1, 9, 1, 9, "x = $ + 'abc");
    }

    @Test
    void invalidDecimalLiteral() {
        assertError("x = 1abc\n",
                SYNTAX_ERROR, "invalid decimal literal", 1, 5, 1, 5, "x = 1abc");
    }

    @Test
    void trailingUnderscoreInNumber() {
        assertError("x = 1_\n",
                SYNTAX_ERROR, "invalid decimal literal", 1, 6, 1, 6, "x = 1_");
    }

    @Test
    void doubleUnderscoreInNumber() {
        assertError("x = 1__0\n",
                SYNTAX_ERROR, "invalid decimal literal", 1, 6, 1, 6, "x = 1__0");
    }

    @Test
    void exponentWithoutDigits() {
        assertError("x = 1e+\n",
                SYNTAX_ERROR, "invalid decimal literal", 1, 7, 1, 7, "x = 1e+");
    }

    @Test
    void exponentFollowedByLetter() {
        assertError("x = 1ea\n",
                SYNTAX_ERROR, "invalid decimal literal", 1, 5, 1, 5, "x = 1ea");
    }

    @Test
    void invalidHexadecimalLiteral() {
        assertError("x = 0x\n",
                SYNTAX_ERROR, "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0x");
    }

    @Test
    void invalidHexadecimalDigit() {
        assertError("x = 0x1_g\n",
                SYNTAX_ERROR, "invalid hexadecimal literal", 1, 8, 1, 8, "x = 0x1_g");
    }

    @Test
    void invalidOctalDigit() {
        assertError("x = 0o18\n",
                SYNTAX_ERROR, "invalid digit '8' in octal literal", 1, 8, 1, 8, "x = 0o18");
    }

    @Test
    void invalidOctalLiteral() {
        assertError("x = 0o\n",
                SYNTAX_ERROR, "invalid octal literal", 1, 6, 1, 6, "x = 0o");
    }

    @Test
    void invalidBinaryDigit() {
        assertError("x = 0b12\n",
                SYNTAX_ERROR, "invalid digit '2' in binary literal", 1, 8, 1, 8, "x = 0b12");
    }

    @Test
    void invalidBinaryLiteral() {
        assertError("x = 0b1a\n",
                SYNTAX_ERROR, "invalid binary literal", 1, 7, 1, 7, "x = 0b1a");
    }

    @Test
    void leadingZeros() {
        assertError("x = 0777\n",
                SYNTAX_ERROR, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, "x = 0777");
    }

    @Test
    void leadingZerosWithUnderscore() {
        assertError("x = 0_7\n",
                SYNTAX_ERROR, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7, "x = 0_7");
    }

    @Test
    void leadingZerosOffsetsAreBytes() {
        assertError("é = 0777\n",
                SYNTAX_ERROR, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 6, 1, 7, "é = 0777");
    }

    @Test
    void invalidImaginaryLiteral() {
        assertError("x = 1.5j_\n",
                SYNTAX_ERROR, "invalid imaginary literal", 1, 8, 1, 8, "x = 1.5j_");
    }

    @Test
    void characterAfterLineContinuation() {
        assertError("x = a \\ b\n",
                SYNTAX_ERROR, "unexpected character after line continuation character", 1, 8, 1, 0, "x = a \\ b\n");
    }

    @Test
    void lineContinuationAtEndOfFile() {
        assertError("x = 1 \\",
                SYNTAX_ERROR, "unexpected EOF while parsing", 1, 8, 1, -1, "x = 1 \\\n");
    }

    @Test
    void unindentDoesNotMatch() {
        assertError("if x:\n    y\n  z\n",
                INDENTATION_ERROR, "unindent does not match any outer indentation level", 3, 4, 3, -1, "  z\n");
    }

    @Test
    void unindentDoesNotMatchWithFormFeed() {
        assertError("if x:\n    y\n  \u000c  z\n",
                INDENTATION_ERROR, "unindent does not match any outer indentation level", 3, 7, 3, -1, "  \u000c  z\n");
    }

    @Test
    void tabErrorSpacesAfterTab() {
        assertError("if x:\n\ty\n        z\n",
                TAB_ERROR, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        z\n");
    }

    @Test
    void tabErrorTabAfterSpaces() {
        assertError("if x:\n        y\n\tz\n",
                TAB_ERROR, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n");
    }

    @Test
    void tabErrorOnIndent() {
        assertError("if x:\n    y\n    if z:\n\tw\n",
                TAB_ERROR, "inconsistent use of tabs and spaces in indentation", 4, 1, 4, 0, "\tw\n");
    }

    @Test
    void fstringExpectingClosingBrace() {
        assertError("x = f\"{x\"\n",
                SYNTAX_ERROR, "f-string: expecting '}'", 1, 9, 1, 9, "x = f\"{x\"");
    }

    @Test
    void fstringSingleClosingBrace() {
        assertError("x = f'}'\n",
                SYNTAX_ERROR, "f-string: single '}' is not allowed", 1, 7, 1, 7, "x = f'}'");
    }

    @Test
    void fstringSingleClosingBraceAfterField() {
        assertError("x = f\"{x}}\"\n",
                SYNTAX_ERROR, "f-string: single '}' is not allowed", 1, 10, 1, 10, "x = f\"{x}}\"");
    }

    @Test
    void fstringUnmatchedParenthesis() {
        assertError("x = f\"{x)}\"\n",
                SYNTAX_ERROR, "f-string: unmatched ')'", 1, 9, 1, 9, "x = f\"{x)}\"");
    }

    @Test
    void fstringMismatchedBracket() {
        assertError("x = f\"{(x}\"\n",
                SYNTAX_ERROR, "closing parenthesis '}' does not match opening parenthesis '('", 1, 10, 1, 10, "x = f\"{(x}\"");
    }

    @Test
    void fstringExpressionsNestedTooDeeply() {
        assertError("f'{x:{y:{z:{w}}}}'\n",
                SYNTAX_ERROR, "f-string: expressions nested too deeply", 1, 11, 1, 11, "f'{x:{y:{z:{w}}}}'");
    }

    @Test
    void fstringUnterminatedNestedString() {
        assertError("f'{'\n",
                SYNTAX_ERROR, "f-string: expecting '}'", 1, 4, 1, 4, "f'{'");
    }

    @Test
    void fstringCommentRunsToEndOfLine() {
        assertError("f'{#}'\n",
                SYNTAX_ERROR, "'{' was never closed", 1, 3, 1, 0, "f'{#}'\n");
    }

    @Test
    void fstringBackslashInExpression() {
        assertError("f'{\\\\}'\n",
                SYNTAX_ERROR, "unexpected character after line continuation character", 1, 5, 1, 0, "f'{\\\\}'\n");
    }

    @Test
    void twoHundredOpenBracketsAreAllowed() {
        assertError("(".repeat(200) + "\n",
                SYNTAX_ERROR, "'(' was never closed", 1, 200, 1, 0, "(".repeat(200) + "\n");
    }

    @Test
    void deepNestingIsIterative() {
        assertError("(".repeat(100_000) + "\n",
                SYNTAX_ERROR, "too many nested parentheses", 1, 201, 1, 201, "(".repeat(100_000));
    }

    @Test
    void nullByte() {
        assertError("x = 1\ny = ab\u0000cd\n",
                SYNTAX_ERROR, "source code cannot contain null bytes", 2, 0, 2, 0, "y = ab");
    }

    @Test
    void tooManyLevelsOfIndentation() {
        assertError(deepIndentation(100),
                INDENTATION_ERROR, "too many levels of indentation", 101, 1, 101, 0, " ".repeat(100) + "y\n");
    }

    @Test
    void tooManyNestedFStrings() {
        assertError(nestedFStrings(149),
                SYNTAX_ERROR, "too many nested f-strings", 1, 449, 1, 449, nestedFStrings(149).strip());
    }

    // ---- the text of errors CPython's parser reports: its line buffer ----

    @Test
    void errorTextIsTheBufferAfterMultiLineString() {
        Tokenizer t = new Tokenizer("x = \"\"\"a\nb\"\"\" $\n", "f.py");
        for (int i = 0; i < 4; i++) {
            t.next();
        }
        assertEquals("x = \"\"\"a\nb\"\"\" $\n", t.errorLineText(2));
        assertEquals("x = \"\"\"a", t.errorLineText(1));
    }

    @Test
    void errorTextIsTheBufferAfterContinuation() {
        Tokenizer t = new Tokenizer("x = 1 + \\\n  $\n", "f.py");
        for (int i = 0; i < 5; i++) {
            t.next();
        }
        assertEquals("x = 1 + \\\n  $\n", t.errorLineText(2));
    }

    @Test
    void continuationInTheIndentationStartsANewBuffer() {
        // The backslash is read while measuring indentation, before a token starts: CPython's
        // buffer then holds only the next line.
        Tokenizer t = new Tokenizer("\\\n  x = 1\n", "f.py");
        t.next();
        assertEquals("  x = 1\n", t.errorLineText(2));
    }

    @Test
    void unclosedBracketAfterMultiLineString() {
        assertError("x = \"\"\"a\nb\"\"\" + (\n",
                SYNTAX_ERROR, "'(' was never closed", 2, 8, 2, 0, "x = \"\"\"a\nb\"\"\" + (\n");
    }

    @Test
    void unclosedBracketOffsetCountsInBufferText() {
        assertError("é = 1 + \\\n  (\n",
                SYNTAX_ERROR, "'(' was never closed", 2, 2, 2, 0, "é = 1 + \\\n  (\n");
    }

    @Test
    void characterAfterContinuationCountsFromBuffer() {
        assertError("x = 1 + \\\n  2 \\ 3\n",
                SYNTAX_ERROR, "unexpected character after line continuation character", 2, 16, 2, 0, "x = 1 + \\\n  2 \\ 3\n");
    }

    @Test
    void unclosedBracketInMultiLineFString() {
        assertError("x = f\"\"\"a\nb{1 + \n",
                SYNTAX_ERROR, "'{' was never closed", 2, 2, 2, 0, "x = f\"\"\"a\nb{1 + \n");
    }

    // ---- warnings (as CPython raises them under -W error) ----

    @Test
    void numberBeforeKeywordWarning() {
        assertWarning("x = 1if y else 2\n",
                "invalid decimal literal", 1, 5, "x = 1if y else 2");
    }

    @Test
    void hexNumberBeforeKeywordWarning() {
        assertWarning("x = 0x1for x in y\n",
                "invalid hexadecimal literal", 1, 8, "x = 0x1for x in y");
    }

    @Test
    void fstringInvalidEscapeBeforeBraceWarning() {
        assertWarning("x = f\"\\{x}\"\n",
                "invalid escape sequence '\\{'", 1, 8, "x = f\"\\{x}\"");
    }

    // ---- queries for the parser ----

    @Test
    void lineTextKeepsTheNewline() {
        Tokenizer t = new Tokenizer("a = 1\r\nb = (\n  2)", "f.py");
        assertEquals("a = 1\n", t.lineText(1));
        assertEquals("b = (\n", t.lineText(2));
        assertEquals("  2)\n", t.lineText(3));
        assertEquals("", t.lineText(4));
        assertEquals("", t.lineText(0));
    }

    @Test
    void sourceTextUsesByteColumns() {
        Tokenizer t = new Tokenizer("é = f'{ab + c=}'\n", "f.py");
        tokens(t);
        // '{' ends at byte 8, '=' starts at byte 14 (é is two bytes).
        assertEquals("ab + c", t.sourceText(1, 8, 1, 14));
        assertEquals("é", t.sourceText(1, 0, 1, 2));
    }

    @Test
    void debugTextIsOnTheTokenEndingTheExpression() {
        Tokenizer t = new Tokenizer("f'{x = !r}{y}{z=}'\n", "f.py");
        List<String> texts = new ArrayList<>();
        for (Token k = t.next(); k.kind() != TokenKind.ENDMARKER; k = t.next()) {
            if (t.debugText(k) != null) {
                texts.add(k.kind() + " " + t.debugText(k));
            }
        }
        // CPython's AST: Constant('x = ') before the first field, Constant('z=') before the third.
        assertEquals(List.of("EXCLAMATION x = ", "RBRACE x = ", "RBRACE z="), texts);
    }

    @Test
    void debugTextDropsCommentsAsCPythonDoes() {
        // CPython 3.13.0 gives Constant('"') for f'{"#"=}' and Constant('x \n=') for the second.
        assertEquals("\"", firstDebugText("f'{\"#\"=}'\n"));
        assertEquals("x \n=", firstDebugText("f'''{x # c\n=}'''\n"));
        assertNull(firstDebugText("f'{x}'\n"));
    }

    private static String firstDebugText(String source) {
        Tokenizer t = new Tokenizer(source, "f.py");
        for (Token k = t.next(); k.kind() != TokenKind.ENDMARKER; k = t.next()) {
            if (t.debugText(k) != null) {
                return t.debugText(k);
            }
        }
        return null;
    }

    @Test
    void cursorColumnAtEndOfFile() {
        // CPython reports "expected an indented block after 'if' statement on line 1" for "if x:\n"
        // at offset 6: the ENDMARKER has no column, so it uses the cursor (6 bytes into line 1).
        Tokenizer t = new Tokenizer("if x:\n", "f.py");
        tokens(t);
        assertEquals(1, t.cursorLine());
        assertEquals(6, t.cursorByteColumn());
    }

    @Test
    void endMarkerRepeats() {
        Tokenizer t = new Tokenizer("x\n", "f.py");
        tokens(t);
        assertEquals("ENDMARKER '' 1,-1-1,-1", format(t.next()));
    }

    @Test
    void failureIsThrownAgain() {
        Tokenizer t = new Tokenizer("x = )\n", "f.py");
        ParseFailure first = assertThrows(ParseFailure.class, () -> tokens(t));
        assertSame(first, assertThrows(ParseFailure.class, t::next));
    }

    @Test
    void undecodableBytesInNameReportedAtTheName() {
        String source = SourceDecoder.decode("x = a\u00ffb + 1\n".getBytes(StandardCharsets.ISO_8859_1), "f.py");
        ParseFailure f = assertThrows(ParseFailure.class, () -> tokens(new Tokenizer(source, "f.py")));
        assertEquals(new SyntaxProblem(SYNTAX_ERROR,
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "f.py", 1, 6,
                1, -1, "x = a\ufffdb + 1\n"), f.problem());
    }

    @Test
    void undecodableBytesInCommentPassUnnoticed() {
        String source = SourceDecoder.decode("# \u00ff\nx = 1\n".getBytes(StandardCharsets.ISO_8859_1), "f.py");
        assertEquals(List.of("NAME 'x' 2,0-2,1", "EQUAL '=' 2,2-2,3", "NUMBER '1' 2,4-2,5", "NEWLINE '' 2,5-2,6",
                "ENDMARKER '' 2,-1-2,-1"), tokens(new Tokenizer(source, "f.py")));
    }

    @Test
    void truncatedSequenceInName() {
        String source = SourceDecoder.decode("x = 1\n\u00e2\u0082 = 2\n".getBytes(StandardCharsets.ISO_8859_1), "f.py");
        ParseFailure f = assertThrows(ParseFailure.class, () -> tokens(new Tokenizer(source, "f.py")));
        assertEquals(new SyntaxProblem(SYNTAX_ERROR,
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", "f.py", 2, 1,
                2, -1, "\ufffd = 2\n"), f.problem());
    }
    // ---- modes other than EXEC ----

    @Test
    void otherModesAddNoFinalNewline() {
        assertEquals(List.of(
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "ENDMARKER '' 1,-1-1,-1"), tokens(new Tokenizer("x = 1", "f.py", Parser.Mode.EVAL)));
        assertEquals(List.of(
                "NAME 'x' 1,0-1,1",
                "EQUAL '=' 1,2-1,3",
                "NUMBER '1' 1,4-1,5",
                "NEWLINE '' 1,5-1,6",
                "ENDMARKER '' 1,-1-1,-1"), tokens(new Tokenizer("x = 1", "f.py", Parser.Mode.EXEC)));
    }

    @Test
    void whitespaceOnlyLastLineIndentsInOtherModes() {
        // With no line break added the line is not blank: CPython reports "unexpected indent".
        assertEquals(List.of(
                "NAME 'x' 1,0-1,1",
                "NEWLINE '' 1,1-1,2",
                "INDENT '' 2,-1-2,-1",
                "ENDMARKER '' 2,-1-2,-1"), tokens(new Tokenizer("x\n  ", "f.py", Parser.Mode.EVAL)));
        assertEquals(List.of(
                "NAME 'x' 1,0-1,1",
                "NEWLINE '' 1,1-1,2",
                "ENDMARKER '' 2,-1-2,-1"), tokens(new Tokenizer("x\n  ", "f.py", Parser.Mode.EXEC)));
    }

    @Test
    void errorsAtEndOfUnterminatedLastLine() {
        Tokenizer t = new Tokenizer("x = 'abc", "f.py", Parser.Mode.EVAL);
        ParseFailure f = assertThrows(ParseFailure.class, () -> tokens(t));
        assertEquals(new SyntaxProblem(SYNTAX_ERROR, "unterminated string literal (detected at line 1)", "f.py", 1, 5,
                1, 5, "x = 'abc"), f.problem());
        Tokenizer u = new Tokenizer("x = (1 +", "f.py", Parser.Mode.EVAL);
        f = assertThrows(ParseFailure.class, () -> tokens(u));
        assertEquals(new SyntaxProblem(SYNTAX_ERROR, "'(' was never closed", "f.py", 1, 5, 1, 0, "x = (1 +"),
                f.problem());
    }

    @Test
    void impliedDedentsCloseOpenBlocksAtTheEnd() {
        // Mode SINGLE: CPython's parser turns the first ENDMARKER into NEWLINE and has the
        // tokenizer close the open blocks before the next.
        Tokenizer t = new Tokenizer("if x:\n if y:\n  pass", "f.py", Parser.Mode.SINGLE);
        Token last;
        do {
            last = t.next();
        } while (last.kind() != TokenKind.ENDMARKER);
        t.implyDedents();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rest.add(format(t.next()));
        }
        assertEquals(List.of("DEDENT '' 3,-1-3,-1", "DEDENT '' 3,-1-3,-1", "ENDMARKER '' 3,-1-3,-1"), rest);
    }

    @Test
    void restIsBlankLooksPastTheCursor() {
        Tokenizer t = new Tokenizer("x = 1  # \udcff comment\n\n   \n# more\n", "f.py", Parser.Mode.SINGLE);
        for (int i = 0; i < 4; i++) {
            t.next();
        }
        assertTrue(t.restIsBlank());
        Tokenizer u = new Tokenizer("x = 1\n# c\ny = 2\n", "f.py", Parser.Mode.SINGLE);
        for (int i = 0; i < 4; i++) {
            u.next();
        }
        assertFalse(u.restIsBlank());
    }

    @Test
    void tokenizerErrorOffsetsCountAReplacedByteRunAsOneCharacter() {
        // CPython counts the characters of the line decoded with "replace": the cut-off
        // F0 9F 98 is one U+FFFD, the lone 80 another.
        String source = SourceDecoder.decode("s = '\u00f0\u009f\u0098\t\u0080\u00f0\u009f\u0098\u0081' ) \n"
                .getBytes(StandardCharsets.ISO_8859_1), "f.py");
        assertError(source, SYNTAX_ERROR, "unmatched ')'", 1, 12, 1, 12, "s = '\ufffd\t\ufffd\ud83d\ude01' ) ");
    }
}
