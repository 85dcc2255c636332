package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Constants;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;
import org.pyxis.parser.ast.MatchCase;
import org.pyxis.parser.ast.Operator;
import org.pyxis.parser.ast.Pattern;
import org.pyxis.parser.ast.Stmt;
import org.pyxis.parser.ast.UnaryOperator;

/**
 * The match statement (PEP 634), one method per rule of the "Match statement" section of CPython
 * 3.13's grammar: {@code match_stmt}, {@code subject_expr}, {@code case_block}, {@code guard},
 * then the patterns from {@code patterns} down to {@code keyword_pattern}, with the
 * {@code invalid_*} rules of the section ({@code invalid_match_stmt}, {@code invalid_case_block},
 * {@code invalid_as_pattern}, {@code invalid_class_pattern}) and the checks on the numbers of a
 * complex literal. {@code match}, {@code case} and {@code _} are soft keywords: NAME tokens that
 * are keywords only where these rules expect them.
 *
 * <p>Each rule returns its node, or null after restoring the position when it does not match.
 * {@code closed_pattern} and {@code star_pattern} are memoized as in CPython.
 */
abstract class PatternParser extends ExpressionParser {
    static final int R_CLOSED_PATTERN = 500;
    static final int R_STAR_PATTERN = 501;

    /** A mapping key, or a keyword of a class pattern, and the pattern it maps to. */
    private record KeyPattern(Expr key, Token keyword, Pattern pattern) {}

    PatternParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- rules defined further down the chain ----

    /** block: the body of a compound statement, or null. */
    abstract List<Stmt> block();

    // ---- the match statement ----

    /**
     * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT |
     * invalid_match_stmt.
     */
    final Stmt matchStmt() {
        enter();
        try {
            int mark = pos;
            Token start = expectKeyword("match");
            if (start == null) {
                return null;
            }
            Expr subject = subjectExpr();
            if (subject != null && expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null
                    && expect(TokenKind.INDENT) != null) {
                List<MatchCase> cases = caseBlocks();
                if (cases != null && expect(TokenKind.DEDENT) != null) {
                    Token end = end();
                    return new Stmt.Match(subject, cases, start.lineno(), start.colOffset(), end.endLineno(),
                            end.endColOffset());
                }
            }
            reset(mark);
            if (callInvalidRules) {
                invalidMatchStmt();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** case_block+; null when there is none. */
    private List<MatchCase> caseBlocks() {
        enter(); // CPython's _loop1 helper
        try {
            List<MatchCase> cases = null;
            while (true) {
                int mark = pos;
                MatchCase c = caseBlock();
                if (c == null) {
                    reset(mark);
                    break;
                }
                if (cases == null) {
                    cases = new ArrayList<>();
                }
                cases.add(c);
            }
            return cases;
        } finally {
            leave();
        }
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression. */
    private Expr subjectExpr() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            Expr first = starNamedExpression();
            if (first != null && expect(TokenKind.COMMA) != null) {
                int afterComma = pos;
                List<Expr> rest = starNamedExpressions();
                if (rest == null) {
                    reset(afterComma);
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                if (rest != null) {
                    elts.addAll(rest);
                }
                Token end = end();
                return new Expr.Tuple(elts, ExprContext.Load, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset());
            }
            reset(mark);
            Expr e = namedExpression();
            if (e != null) {
                return e;
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** case_block: invalid_case_block | "case" patterns guard? ':' block. */
    private MatchCase caseBlock() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidCaseBlock();
                reset(mark);
            }
            if (expectKeyword("case") == null) {
                return null;
            }
            Pattern pattern = patterns();
            if (pattern != null) {
                Expr guard = guard();
                if (expect(TokenKind.COLON) != null) {
                    List<Stmt> body = block();
                    if (body != null) {
                        return new MatchCase(pattern, guard, body);
                    }
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** guard: 'if' named_expression. Null (position restored) when absent. */
    private Expr guard() {
        enter();
        try {
            int mark = pos;
            if (expectKeyword("if") != null) {
                Expr e = namedExpression();
                if (e != null) {
                    return e;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    // ---- patterns, pattern, as_pattern, or_pattern ----

    /** patterns: open_sequence_pattern | pattern. */
    final Pattern patterns() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            List<Pattern> items = openSequencePattern();
            if (items != null) {
                Token end = end();
                return new Pattern.MatchSequence(items, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset());
            }
            reset(mark);
            return pattern();
        } finally {
            leave();
        }
    }

    /** pattern: as_pattern | or_pattern. */
    final Pattern pattern() {
        enter();
        try {
            int mark = pos;
            Pattern p = asPattern();
            if (p != null) {
                return p;
            }
            reset(mark);
            return orPattern();
        } finally {
            leave();
        }
    }

    /** as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern. */
    private Pattern asPattern() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            Pattern p = orPattern();
            if (p != null && expectKeyword("as") != null) {
                Expr.Name target = patternCaptureTarget();
                if (target != null) {
                    Token end = end();
                    return new Pattern.MatchAs(p, target.id(), start.lineno(), start.colOffset(), end.endLineno(),
                            end.endColOffset());
                }
            }
            reset(mark);
            if (callInvalidRules) {
                invalidAsPattern();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_as_pattern: raises for {@code p as _} and {@code p as <not a name>}. */
    private void invalidAsPattern() {
        enter();
        try {
            int mark = pos;
            if (orPattern() != null && expectKeyword("as") != null) {
                Token underscore = expectKeyword("_");
                if (underscore != null) {
                    throw syntaxErrorAt(underscore, "cannot use '_' as a target");
                }
            }
            reset(mark);
            if (orPattern() != null && expectKeyword("as") != null && expectName() == null) {
                Expr target = expression();
                if (target != null) {
                    throw syntaxErrorAt(target, "invalid pattern target");
                }
            }
            reset(mark);
        } finally {
            leave();
        }
    }

    /** or_pattern: '|'.closed_pattern+ — one pattern, or a MatchOr of several. */
    private Pattern orPattern() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            Pattern first = closedPattern();
            if (first == null) {
                reset(mark);
                return null;
            }
            List<Pattern> alternatives = null;
            while (true) {
                int before = pos;
                if (expect(TokenKind.VBAR) == null) {
                    break;
                }
                Pattern next = closedPattern();
                if (next == null) {
                    reset(before);
                    break;
                }
                if (alternatives == null) {
                    alternatives = new ArrayList<>();
                    alternatives.add(first);
                }
                alternatives.add(next);
            }
            if (alternatives == null) {
                return first;
            }
            Token end = end();
            return new Pattern.MatchOr(alternatives, start.lineno(), start.colOffset(), end.endLineno(),
                    end.endColOffset());
        } finally {
            leave();
        }
    }

    /**
     * closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern | value_pattern |
     * group_pattern | sequence_pattern | mapping_pattern | class_pattern.
     */
    private Pattern closedPattern() {
        int mark = pos;
        Memo m = memoLookup(R_CLOSED_PATTERN);
        if (m != null) {
            return (Pattern) m.node();
        }
        enter();
        try {
            Pattern p = literalPattern();
            if (p == null) {
                reset(mark);
                p = capturePattern();
            }
            if (p == null) {
                reset(mark);
                p = wildcardPattern();
            }
            if (p == null) {
                reset(mark);
                p = valuePattern();
            }
            if (p == null) {
                reset(mark);
                p = groupPattern();
            }
            if (p == null) {
                reset(mark);
                p = sequencePattern();
            }
            if (p == null) {
                reset(mark);
                p = mappingPattern();
            }
            if (p == null) {
                reset(mark);
                p = classPattern();
            }
            if (p == null) {
                reset(mark);
            }
            return memoStore(R_CLOSED_PATTERN, mark, p);
        } finally {
            leave();
        }
    }

    // ---- literals ----

    /**
     * literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' |
     * 'False'.
     */
    private Pattern literalPattern() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            Expr value = literalValue();
            if (value != null) {
                Token end = end();
                return new Pattern.MatchValue(value, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset());
            }
            reset(mark);
            Object singleton = singletonValue(start);
            if (singleton != null) {
                pos++;
                return new Pattern.MatchSingleton(singleton, start.lineno(), start.colOffset(), start.endLineno(),
                        start.endColOffset());
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' |
     * 'False' — the keys a mapping pattern accepts.
     */
    private Expr literalExpr() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            Expr value = literalValue();
            if (value != null) {
                return value;
            }
            reset(mark);
            Object singleton = singletonValue(start);
            if (singleton != null) {
                pos++;
                return constant(singleton, start, start);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** The alternatives literal_pattern and literal_expr share: a number, a complex literal or strings. */
    private Expr literalValue() {
        int mark = pos;
        Expr number = signedNumber();
        if (number != null && !at(TokenKind.PLUS) && !at(TokenKind.MINUS)) {
            return number;
        }
        reset(mark);
        Expr complex = complexNumber();
        if (complex != null) {
            return complex;
        }
        reset(mark);
        Expr s = strings();
        if (s != null) {
            return s;
        }
        reset(mark);
        return null;
    }

    private static Object singletonValue(Token t) {
        if (t.kind() != TokenKind.NAME || !spelledAsText(t)) {
            return null;
        }
        return switch (t.text()) {
            case "None" -> Constants.Singleton.NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** complex_number: signed_real_number ('+' | '-') imaginary_number. */
    private Expr complexNumber() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            Expr real = signedRealNumber();
            if (real != null) {
                Token op = peek();
                if (op.kind() == TokenKind.PLUS || op.kind() == TokenKind.MINUS) {
                    pos++;
                    Expr imag = imaginaryNumber();
                    if (imag != null) {
                        Token end = end();
                        return new Expr.BinOp(real, op.kind() == TokenKind.PLUS ? Operator.Add : Operator.Sub, imag,
                                start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
                    }
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** signed_number: NUMBER | '-' NUMBER. */
    private Expr signedNumber() {
        enter();
        try {
            Token t = expect(TokenKind.NUMBER);
            if (t != null) {
                return numberConstant(t);
            }
            int mark = pos;
            Token minus = expect(TokenKind.MINUS);
            if (minus != null) {
                Token n = expect(TokenKind.NUMBER);
                if (n != null) {
                    return negate(minus, numberConstant(n));
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** signed_real_number: real_number | '-' real_number. */
    private Expr signedRealNumber() {
        enter();
        try {
            int mark = pos;
            Expr real = realNumber();
            if (real != null) {
                return real;
            }
            reset(mark);
            Token minus = expect(TokenKind.MINUS);
            if (minus != null) {
                real = realNumber();
                if (real != null) {
                    return negate(minus, real);
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** real_number: NUMBER, which must not be imaginary. CPython: _PyPegen_ensure_real. */
    private Expr realNumber() {
        Token t = expect(TokenKind.NUMBER);
        if (t == null) {
            return null;
        }
        Expr.Constant c = numberConstant(t);
        if (c.value() instanceof Constants.Imaginary) {
            throw syntaxErrorAt(c, "real number required in complex literal");
        }
        return c;
    }

    /** imaginary_number: NUMBER, which must be imaginary. CPython: _PyPegen_ensure_imaginary. */
    private Expr imaginaryNumber() {
        Token t = expect(TokenKind.NUMBER);
        if (t == null) {
            return null;
        }
        Expr.Constant c = numberConstant(t);
        if (!(c.value() instanceof Constants.Imaginary)) {
            throw syntaxErrorAt(c, "imaginary number required in complex literal");
        }
        return c;
    }

    private static Expr.Constant numberConstant(Token t) {
        return constant(Literals.parseNumber(t.text()), t, t);
    }

    private static Expr negate(Token minus, Expr operand) {
        return new Expr.UnaryOp(UnaryOperator.USub, operand, minus.lineno(), minus.colOffset(), operand.endLineno(),
                operand.endColOffset());
    }

    // ---- captures, wildcards and values ----

    /** capture_pattern: pattern_capture_target. */
    private Pattern capturePattern() {
        Expr.Name target = patternCaptureTarget();
        if (target == null) {
            return null;
        }
        return new Pattern.MatchAs(null, target.id(), target.lineno(), target.colOffset(), target.endLineno(),
                target.endColOffset());
    }

    /** pattern_capture_target: !"_" NAME !('.' | '(' | '='). */
    private Expr.Name patternCaptureTarget() {
        enter();
        try {
            if (atKeyword("_")) {
                return null;
            }
            int mark = pos;
            Token n = expectName();
            if (n == null) {
                return null;
            }
            if (at(TokenKind.DOT) || at(TokenKind.LPAR) || at(TokenKind.EQUAL)) {
                reset(mark);
                return null;
            }
            return name(n, ExprContext.Store);
        } finally {
            leave();
        }
    }

    /** wildcard_pattern: "_". */
    private Pattern wildcardPattern() {
        Token t = expectKeyword("_");
        if (t == null) {
            return null;
        }
        return new Pattern.MatchAs(null, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /** value_pattern: attr !('.' | '(' | '='). */
    private Pattern valuePattern() {
        enter();
        try {
            int mark = pos;
            Expr attr = attr();
            if (attr == null || at(TokenKind.DOT) || at(TokenKind.LPAR) || at(TokenKind.EQUAL)) {
                reset(mark);
                return null;
            }
            return new Pattern.MatchValue(attr, attr.lineno(), attr.colOffset(), attr.endLineno(),
                    attr.endColOffset());
        } finally {
            leave();
        }
    }

    /**
     * attr: name_or_attr '.' NAME — a dotted name of at least two parts. CPython's rule is left
     * recursive through name_or_attr; the loop builds the same left-nested Attribute.
     */
    private Expr attr() {
        int mark = pos;
        Expr e = nameOrAttr();
        if (e instanceof Expr.Attribute) {
            return e;
        }
        reset(mark);
        return null;
    }

    /** name_or_attr: attr | NAME — a name followed by any number of '.' NAME. */
    private Expr nameOrAttr() {
        Token first = expectName();
        if (first == null) {
            return null;
        }
        Expr e = name(first, ExprContext.Load);
        while (true) {
            int mark = pos;
            if (expect(TokenKind.DOT) == null) {
                break;
            }
            Token n = expectName();
            if (n == null) {
                reset(mark);
                break;
            }
            e = new Expr.Attribute(e, n.text(), ExprContext.Load, first.lineno(), first.colOffset(), n.endLineno(),
                    n.endColOffset());
        }
        return e;
    }

    // ---- groups and sequences ----

    /** group_pattern: '(' pattern ')'. */
    private Pattern groupPattern() {
        enter();
        try {
            int mark = pos;
            if (expect(TokenKind.LPAR) != null) {
                Pattern p = pattern();
                if (p != null && expect(TokenKind.RPAR) != null) {
                    return p;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'. */
    private Pattern sequencePattern() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            if (expect(TokenKind.LSQB) != null) {
                List<Pattern> items = maybeSequencePattern();
                Token close = expect(TokenKind.RSQB);
                if (close != null) {
                    return new Pattern.MatchSequence(items == null ? List.of() : items, start.lineno(),
                            start.colOffset(), close.endLineno(), close.endColOffset());
                }
            }
            reset(mark);
            if (expect(TokenKind.LPAR) != null) {
                List<Pattern> items = openSequencePattern();
                Token close = expect(TokenKind.RPAR);
                if (close != null) {
                    return new Pattern.MatchSequence(items == null ? List.of() : items, start.lineno(),
                            start.colOffset(), close.endLineno(), close.endColOffset());
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?. */
    private List<Pattern> openSequencePattern() {
        enter();
        try {
            int mark = pos;
            Pattern first = maybeStarPattern();
            if (first == null || expect(TokenKind.COMMA) == null) {
                reset(mark);
                return null;
            }
            List<Pattern> rest = maybeSequencePattern();
            List<Pattern> items = new ArrayList<>();
            items.add(first);
            if (rest != null) {
                items.addAll(rest);
            }
            return items;
        } finally {
            leave();
        }
    }

    /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','?. */
    private List<Pattern> maybeSequencePattern() {
        enter();
        try {
            int mark = pos;
            Pattern first = maybeStarPattern();
            if (first == null) {
                reset(mark);
                return null;
            }
            List<Pattern> items = new ArrayList<>();
            items.add(first);
            while (true) {
                int before = pos;
                if (expect(TokenKind.COMMA) == null) {
                    break;
                }
                Pattern next = maybeStarPattern();
                if (next == null) {
                    reset(before);
                    break;
                }
                items.add(next);
            }
            expect(TokenKind.COMMA);
            return items;
        } finally {
            leave();
        }
    }

    /** maybe_star_pattern: star_pattern | pattern. */
    private Pattern maybeStarPattern() {
        enter();
        try {
            int mark = pos;
            Pattern p = starPattern();
            if (p != null) {
                return p;
            }
            reset(mark);
            return pattern();
        } finally {
            leave();
        }
    }

    /** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern. */
    private Pattern starPattern() {
        int mark = pos;
        Memo m = memoLookup(R_STAR_PATTERN);
        if (m != null) {
            return (Pattern) m.node();
        }
        enter();
        try {
            Pattern result = null;
            Token star = expect(TokenKind.STAR);
            if (star != null) {
                int afterStar = pos;
                Expr.Name target = patternCaptureTarget();
                if (target != null) {
                    result = new Pattern.MatchStar(target.id(), star.lineno(), star.colOffset(), target.endLineno(),
                            target.endColOffset());
                } else {
                    reset(afterStar);
                    Pattern wildcard = wildcardPattern();
                    if (wildcard != null) {
                        result = new Pattern.MatchStar(null, star.lineno(), star.colOffset(), wildcard.endLineno(),
                                wildcard.endColOffset());
                    }
                }
            }
            if (result == null) {
                reset(mark);
            }
            return memoStore(R_STAR_PATTERN, mark, result);
        } finally {
            leave();
        }
    }

    // ---- mappings ----

    /**
     * mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}' | '{' items_pattern ','
     * double_star_pattern ','? '}' | '{' items_pattern ','? '}'.
     */
    private Pattern mappingPattern() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            if (expect(TokenKind.LBRACE) == null) {
                return null;
            }
            int afterBrace = pos;
            Token close = expect(TokenKind.RBRACE);
            if (close != null) {
                return mapping(List.of(), null, start, close);
            }
            reset(afterBrace);
            Expr.Name rest = doubleStarPattern();
            if (rest != null) {
                expect(TokenKind.COMMA);
                close = expect(TokenKind.RBRACE);
                if (close != null) {
                    return mapping(List.of(), rest, start, close);
                }
            }
            reset(afterBrace);
            List<KeyPattern> items = itemsPattern();
            if (items != null && expect(TokenKind.COMMA) != null) {
                rest = doubleStarPattern();
                if (rest != null) {
                    expect(TokenKind.COMMA);
                    close = expect(TokenKind.RBRACE);
                    if (close != null) {
                        return mapping(items, rest, start, close);
                    }
                }
            }
            reset(afterBrace);
            items = itemsPattern();
            if (items != null) {
                expect(TokenKind.COMMA);
                close = expect(TokenKind.RBRACE);
                if (close != null) {
                    return mapping(items, null, start, close);
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    private static Pattern mapping(List<KeyPattern> items, Expr.Name rest, Token start, Token close) {
        List<Expr> keys = new ArrayList<>(items.size());
        List<Pattern> values = new ArrayList<>(items.size());
        for (KeyPattern kp : items) {
            keys.add(kp.key());
            values.add(kp.pattern());
        }
        return new Pattern.MatchMapping(keys, values, rest == null ? null : rest.id(), start.lineno(),
                start.colOffset(), close.endLineno(), close.endColOffset());
    }

    /**
     * CPython's gather {@code ','.elem+}, as the pattern rules use it: one depth level for the
     * whole list; a trailing comma is left unconsumed.
     */
    private <T> List<T> commaSeparated(java.util.function.Supplier<T> elem) {
        enter();
        try {
            int mark = pos;
            T first = elem.get();
            if (first == null) {
                reset(mark);
                return null;
            }
            List<T> items = new ArrayList<>();
            items.add(first);
            while (true) {
                int before = pos;
                if (expect(TokenKind.COMMA) == null) {
                    break;
                }
                T next = elem.get();
                if (next == null) {
                    reset(before);
                    break;
                }
                items.add(next);
            }
            return items;
        } finally {
            leave();
        }
    }

    /** items_pattern: ','.key_value_pattern+. */
    private List<KeyPattern> itemsPattern() {
        return commaSeparated(this::keyValuePattern);
    }

    /** key_value_pattern: (literal_expr | attr) ':' pattern. */
    private KeyPattern keyValuePattern() {
        enter();
        try {
            int mark = pos;
            Expr key = literalExpr();
            if (key == null) {
                reset(mark);
                key = attr();
            }
            if (key != null && expect(TokenKind.COLON) != null) {
                Pattern p = pattern();
                if (p != null) {
                    return new KeyPattern(key, null, p);
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** double_star_pattern: '**' pattern_capture_target. */
    private Expr.Name doubleStarPattern() {
        enter();
        try {
            int mark = pos;
            if (expect(TokenKind.DOUBLESTAR) != null) {
                Expr.Name target = patternCaptureTarget();
                if (target != null) {
                    return target;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    // ---- class patterns ----

    /**
     * class_pattern: name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')' |
     * name_or_attr '(' keyword_patterns ','? ')' | name_or_attr '(' positional_patterns ','
     * keyword_patterns ','? ')' | invalid_class_pattern.
     */
    private Pattern classPattern() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            Expr cls = nameOrAttr();
            if (cls == null || expect(TokenKind.LPAR) == null) {
                reset(mark);
                return null;
            }
            int afterParen = pos;
            Token close = expect(TokenKind.RPAR);
            if (close != null) {
                return classMatch(cls, List.of(), List.of(), start, close);
            }
            reset(afterParen);
            List<Pattern> positional = positionalPatterns();
            if (positional != null) {
                expect(TokenKind.COMMA);
                close = expect(TokenKind.RPAR);
                if (close != null) {
                    return classMatch(cls, positional, List.of(), start, close);
                }
            }
            reset(afterParen);
            List<KeyPattern> keywords = keywordPatterns();
            if (keywords != null) {
                expect(TokenKind.COMMA);
                close = expect(TokenKind.RPAR);
                if (close != null) {
                    return classMatch(cls, List.of(), keywords, start, close);
                }
            }
            reset(afterParen);
            positional = positionalPatterns();
            if (positional != null && expect(TokenKind.COMMA) != null) {
                keywords = keywordPatterns();
                if (keywords != null) {
                    expect(TokenKind.COMMA);
                    close = expect(TokenKind.RPAR);
                    if (close != null) {
                        return classMatch(cls, positional, keywords, start, close);
                    }
                }
            }
            reset(mark);
            if (callInvalidRules) {
                invalidClassPattern();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    private static Pattern classMatch(Expr cls, List<Pattern> positional, List<KeyPattern> keywords, Token start,
            Token close) {
        List<String> names = new ArrayList<>(keywords.size());
        List<Pattern> values = new ArrayList<>(keywords.size());
        for (KeyPattern kp : keywords) {
            names.add(kp.keyword().text());
            values.add(kp.pattern());
        }
        return new Pattern.MatchClass(cls, positional, names, values, start.lineno(), start.colOffset(),
                close.endLineno(), close.endColOffset());
    }

    /**
     * invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern, where
     * invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
     * positional_patterns.
     */
    private void invalidClassPattern() {
        enter();
        try {
            int mark = pos;
            if (nameOrAttr() == null || expect(TokenKind.LPAR) == null) {
                reset(mark);
                return;
            }
            int afterParen = pos;
            List<Pattern> late = null;
            enter();
            try {
                List<Pattern> positional = positionalPatterns();
                if (positional == null || expect(TokenKind.COMMA) == null) {
                    reset(afterParen);
                }
                if (keywordPatterns() != null && expect(TokenKind.COMMA) != null) {
                    late = positionalPatterns();
                }
            } finally {
                leave();
            }
            if (late != null) {
                throw syntaxErrorRange(late.get(0), late.get(late.size() - 1),
                        "positional patterns follow keyword patterns");
            }
            reset(mark);
        } finally {
            leave();
        }
    }

    /** positional_patterns: ','.pattern+. */
    private List<Pattern> positionalPatterns() {
        return commaSeparated(this::pattern);
    }

    /** keyword_patterns: ','.keyword_pattern+. */
    private List<KeyPattern> keywordPatterns() {
        return commaSeparated(this::keywordPattern);
    }

    /** keyword_pattern: NAME '=' pattern. */
    private KeyPattern keywordPattern() {
        enter();
        try {
            int mark = pos;
            Token n = expectName();
            if (n != null && expect(TokenKind.EQUAL) != null) {
                Pattern p = pattern();
                if (p != null) {
                    return new KeyPattern(null, n, p);
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    // ---- invalid rules of the match statement (second pass only) ----

    /**
     * invalid_match_stmt: "match" subject_expr NEWLINE | "match" subject_expr ':' NEWLINE
     * !INDENT.
     */
    private void invalidMatchStmt() {
        enter();
        try {
            int mark = pos;
            if (expectKeyword("match") != null && subjectExpr() != null && expect(TokenKind.NEWLINE) != null) {
                throw syntaxError("expected ':'");
            }
            reset(mark);
            Token a = expectKeyword("match");
            if (a != null && subjectExpr() != null && expect(TokenKind.COLON) != null
                    && expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
                throw indentationError("expected an indented block after 'match' statement on line " + a.lineno());
            }
            reset(mark);
        } finally {
            leave();
        }
    }

    /**
     * invalid_case_block: "case" patterns guard? NEWLINE | "case" patterns guard? ':' NEWLINE
     * !INDENT.
     */
    private void invalidCaseBlock() {
        enter();
        try {
            int mark = pos;
            if (expectKeyword("case") != null && patterns() != null) {
                guard();
                if (expect(TokenKind.NEWLINE) != null) {
                    throw syntaxError("expected ':'");
                }
            }
            reset(mark);
            Token a = expectKeyword("case");
            if (a != null && patterns() != null) {
                guard();
                if (expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
                    throw indentationError(
                            "expected an indented block after 'case' statement on line " + a.lineno());
                }
            }
            reset(mark);
        } finally {
            leave();
        }
    }
}
