package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;

/**
 * The top of CPython's expression grammar: {@code expressions} and {@code star_expressions},
 * {@code expression} (conditional expressions), {@code named_expression}, {@code yield_expr}, with
 * the {@code invalid_*} rules that belong to them (the "forgot a comma" and {@code print x}
 * errors among them). The operator levels below {@code expression} are in {@link OperatorParser};
 * the chain of superclasses is described in {@link ExpressionBase}.
 */
abstract class ExpressionParser extends OperatorParser {
    ExpressionParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- expression lists ----

    /**
     * expressions:
     *     | expression (',' expression)+ [','] → Tuple
     *     | expression ',' → Tuple
     *     | expression
     */
    final Expr expressions() {
        enter();
        try {
            return tupleOf(false);
        } finally {
            leave();
        }
    }

    /**
     * star_expressions:
     *     | star_expression (',' star_expression)+ [','] → Tuple
     *     | star_expression ',' → Tuple
     *     | star_expression
     */
    @Override
    final Expr starExpressions() {
        enter();
        try {
            return tupleOf(true);
        } finally {
            leave();
        }
    }

    private Expr tupleOf(boolean star) {
        Token s = peek();
        Expr a = star ? starExpression() : expression();
        if (a == null) {
            return null;
        }
        if (!at(TokenKind.COMMA)) {
            transientLevels(2); // the helper rules for (',' item)+ and its group, failing
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        enter(); // the helper rule for the repetition; each item is read in the one for the group
        try {
            while (true) {
                int m = mark();
                Expr c = group(() -> expect(TokenKind.COMMA) == null ? null
                        : star ? starExpression() : expression());
                if (c == null) {
                    reset(m);
                    break;
                }
                elts.add(c);
            }
        } finally {
            leave();
        }
        expect(TokenKind.COMMA);
        Token e = end();
        return new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /**
     * expression (memo):
     *     | invalid_expression
     *     | invalid_legacy_expression
     *     | disjunction 'if' disjunction 'else' expression → IfExp
     *     | disjunction
     *     | lambdef
     */
    @Override
    final Expr expression() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_EXPRESSION);
            if (memo != null) {
                return (Expr) memo.node();
            }
            if (callInvalidRules) {
                invalidExpression();
                invalidLegacyExpression();
            }
            return memoStore(R_EXPRESSION, start, expressionBody());
        } finally {
            leave();
        }
    }

    private Expr expressionBody() {
        Token s = peek();
        Expr a = disjunction();
        if (a == null) {
            return lambdef();
        }
        int afterA = mark();
        if (expectKeyword("if") != null) {
            Expr b = disjunction();
            if (b != null && expectKeyword("else") != null) {
                Expr c = expression();
                if (c != null) {
                    Token e = end();
                    return new Expr.IfExp(b, a, c, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
                }
            }
            reset(afterA);
        }
        return a;
    }

    /** expression_without_invalid: the expression alternatives, with the invalid rules off. */
    @Override
    final Expr expressionWithoutInvalid() {
        enter();
        try {
            boolean saved = callInvalidRules;
            callInvalidRules = false;
            try {
                return expressionBody();
            } finally {
                callInvalidRules = saved;
            }
        } finally {
            leave();
        }
    }

    /**
     * invalid_expression:
     *     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
     *     | disjunction 'if' disjunction !('else'|':')
     *     | 'lambda' [lambda_params] ':' &FSTRING_MIDDLE
     */
    private void invalidExpression() {
        enter();
        try {
            int m = mark();
            Token t = peek();
            boolean nameString = expectName() != null && at(TokenKind.STRING);
            reset(m);
            if (!nameString && !isSoftKeyword(t)) {
                Expr a = disjunction();
                if (a != null) {
                    Expr b = expressionWithoutInvalid();
                    if (b != null) {
                        if (!isLegacyStatementName(a) && levelOf(mark() - 1) != 0) {
                            throw syntaxErrorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                        }
                        // The alternative matched: CPython's rule ends here, even without an error.
                        reset(m);
                        return;
                    }
                }
                reset(m);
            }
            Expr a = disjunction();
            if (a != null && expectKeyword("if") != null) {
                Expr b = disjunction();
                if (b != null && !atKeyword("else") && !at(TokenKind.COLON)) {
                    throw syntaxErrorRange(a, b, "expected 'else' after 'if' expression");
                }
            }
            reset(m);
            Token lambda = expectKeyword("lambda");
            if (lambda != null) {
                lambdaParams();
                Token colon = expect(TokenKind.COLON);
                if (colon != null && at(TokenKind.FSTRING_MIDDLE)) {
                    throw syntaxErrorRange(lambda, colon,
                            "f-string: lambda expressions are not allowed without parentheses");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** invalid_legacy_expression: NAME !'(' star_expressions, for {@code print} and {@code exec}. */
    private void invalidLegacyExpression() {
        enter();
        try {
            int m = mark();
            Token n = expectName();
            if (n != null && !at(TokenKind.LPAR)) {
                Expr b = starExpressions();
                if (b != null && (n.text().equals("print") || n.text().equals("exec"))) {
                    throw syntaxErrorRange(n, b,
                            "Missing parentheses in call to '" + n.text() + "'. Did you mean " + n.text() + "(...)?");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /**
     * yield_expr:
     *     | 'yield' 'from' expression → YieldFrom
     *     | 'yield' [star_expressions] → Yield
     */
    @Override
    final Expr yieldExpr() {
        enter();
        try {
            Token s = expectKeyword("yield");
            if (s == null) {
                return null;
            }
            int m = mark();
            if (expectKeyword("from") != null) {
                Expr a = expression();
                if (a != null) {
                    Token e = end();
                    return new Expr.YieldFrom(a, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
                }
                reset(m);
            }
            Expr a = starExpressions();
            Token e = end();
            return new Expr.Yield(a, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
        } finally {
            leave();
        }
    }

    /** annotated_rhs: yield_expr | star_expressions */
    @Override
    final Expr annotatedRhs() {
        enter();
        try {
            Expr y = yieldExpr();
            return y != null ? y : starExpressions();
        } finally {
            leave();
        }
    }

    /** star_expression (memo): '*' bitwise_or → Starred | expression */
    @Override
    final Expr starExpression() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_STAR_EXPRESSION);
            if (memo != null) {
                return (Expr) memo.node();
            }
            return memoStore(R_STAR_EXPRESSION, start, starredBitwiseOr(true));
        } finally {
            leave();
        }
    }

    /** '*' bitwise_or → Starred, else {@code expression} or {@code named_expression}. */
    private Expr starredBitwiseOr(boolean plainExpression) {
        int m = mark();
        Token star = expect(TokenKind.STAR);
        if (star != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                Token e = end();
                return new Expr.Starred(a, ExprContext.Load, star.lineno(), star.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
            reset(m);
        }
        return plainExpression ? expression() : namedExpression();
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    @Override
    final List<Expr> starNamedExpressions() {
        enter();
        try {
            List<Expr> elts = gather(this::starNamedExpression);
            if (elts == null) {
                return null;
            }
            expect(TokenKind.COMMA);
            return elts;
        } finally {
            leave();
        }
    }

    /** star_named_expression: '*' bitwise_or → Starred | named_expression */
    @Override
    final Expr starNamedExpression() {
        enter();
        try {
            return starredBitwiseOr(false);
        } finally {
            leave();
        }
    }

    /** assignment_expression: NAME ':=' ~ expression → NamedExpr */
    @Override
    final Expr assignmentExpression() {
        enter();
        try {
            int m = mark();
            Token n = expectName();
            if (n == null) {
                return null;
            }
            if (expect(TokenKind.COLONEQUAL) != null) {
                Expr b = expression();
                if (b != null) {
                    Token e = end();
                    return new Expr.NamedExpr(name(n, ExprContext.Store), b, n.lineno(), n.colOffset(), e.endLineno(),
                            e.endColOffset());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
    @Override
    final Expr namedExpression() {
        enter();
        try {
            Expr a = assignmentExpression();
            if (a != null) {
                return a;
            }
            if (callInvalidRules) {
                invalidNamedExpression();
            }
            int m = mark();
            Expr e = expression();
            if (e != null && !at(TokenKind.COLONEQUAL)) {
                return e;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * invalid_named_expression (memo):
     *     | expression ':=' expression
     *     | NAME '=' bitwise_or !('='|':=')
     *     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
     */
    private void invalidNamedExpression() {
        enter();
        try {
            int m = mark();
            if (memoLookup(R_INVALID_NAMED_EXPRESSION) != null) {
                return;
            }
            Expr a = expression();
            if (a != null && expect(TokenKind.COLONEQUAL) != null && expression() != null) {
                throw syntaxErrorAt(a, "cannot use assignment expressions with " + exprName(a));
            }
            reset(m);
            Token n = expectName();
            if (n != null && expect(TokenKind.EQUAL) != null) {
                Expr b = bitwiseOr();
                if (b != null && !at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL)) {
                    throw syntaxErrorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
            }
            reset(m);
            boolean excluded = list() != null;
            reset(m);
            if (!excluded) {
                excluded = tuple() != null;
                reset(m);
            }
            if (!excluded) {
                excluded = genexp() != null;
                reset(m);
            }
            Token t = peek();
            if (!excluded && !isKeywordToken(t, "True") && !isKeywordToken(t, "None") && !isKeywordToken(t, "False")) {
                a = bitwiseOr();
                if (a != null && expect(TokenKind.EQUAL) != null && bitwiseOr() != null && !at(TokenKind.EQUAL)
                        && !at(TokenKind.COLONEQUAL)) {
                    throw syntaxErrorAt(a,
                            "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
                }
            }
            reset(m);
            memoStore(R_INVALID_NAMED_EXPRESSION, m, null);
        } finally {
            leave();
        }
    }
}
