package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Comprehension;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;
import org.pyxis.parser.ast.Keyword;

/**
 * Call arguments ({@link #arguments()}, also used for class bases) and comprehensions
 * ({@code for_if_clauses} and the list, set, dict and generator forms), with their
 * {@code invalid_*} rules.
 */
abstract class ArgumentParser extends TargetParser {
    ArgumentParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- call arguments ----

    /**
     * arguments (memo):
     *     | args [','] &')'
     *     | invalid_arguments
     */
    @Override
    final CallArguments arguments() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_ARGUMENTS);
            if (memo != null) {
                return (CallArguments) memo.node();
            }
            CallArguments a = args();
            if (a != null) {
                expect(TokenKind.COMMA);
                if (at(TokenKind.RPAR)) {
                    return memoStore(R_ARGUMENTS, start, a);
                }
            }
            reset(start);
            if (callInvalidRules) {
                invalidArguments();
            }
            return memoStore(R_ARGUMENTS, start, null);
        } finally {
            leave();
        }
    }

    /**
     * args:
     *     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
     *     | kwargs
     */
    final CallArguments args() {
        enter();
        try {
            List<Expr> positional = positionalArgs();
            if (positional != null) {
                int m = mark();
                List<Object> kw = null;
                enter(); // the helper rule for the group [',' kwargs]
                try {
                    if (expect(TokenKind.COMMA) != null) {
                        kw = kwargs();
                        if (kw == null) {
                            reset(m);
                        }
                    }
                } finally {
                    leave();
                }
                return collectCallSeqs(positional, kw);
            }
            List<Object> kw = kwargs();
            return kw == null ? null : collectCallSeqs(new ArrayList<>(), kw);
        } finally {
            leave();
        }
    }

    /**
     * ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ — with the
     * nesting levels of CPython's helper rules: the gather, its loop for the items after the
     * first, and the two groups around each item.
     */
    private List<Expr> positionalArgs() {
        enter();
        try {
            Expr first = positionalArg();
            if (first == null) {
                return null;
            }
            List<Expr> list = new ArrayList<>();
            list.add(first);
            enter();
            try {
                while (true) {
                    int m = mark();
                    if (expect(TokenKind.COMMA) == null) {
                        break;
                    }
                    Expr e = positionalArg();
                    if (e == null) {
                        reset(m);
                        break;
                    }
                    list.add(e);
                }
            } finally {
                leave();
            }
            return list;
        } finally {
            leave();
        }
    }

    /** (starred_expression | (assignment_expression | expression !':=') !'=') */
    private Expr positionalArg() {
        enter();
        try {
            Expr s = starredExpression();
            if (s != null) {
                return s;
            }
            int m = mark();
            Expr e;
            enter();
            try {
                e = assignmentExpressionOrExpression();
            } finally {
                leave();
            }
            if (e != null && !at(TokenKind.EQUAL)) {
                return e;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** (assignment_expression | expression !':=') */
    final Expr assignmentExpressionOrExpression() {
        Expr e = assignmentExpression();
        if (e != null) {
            return e;
        }
        int m = mark();
        e = expression();
        if (e != null && !at(TokenKind.COLONEQUAL)) {
            return e;
        }
        reset(m);
        return null;
    }

    /** CPython: _PyPegen_collect_call_seqs — starred items of the keywords part join the args. */
    private static CallArguments collectCallSeqs(List<Expr> positional, List<Object> kwargs) {
        if (kwargs == null) {
            return new CallArguments(positional, List.of());
        }
        List<Expr> args = new ArrayList<>(positional);
        List<Keyword> keywords = new ArrayList<>();
        for (Object o : kwargs) {
            if (o instanceof Keyword k) {
                keywords.add(k);
            } else {
                args.add((Expr) o);
            }
        }
        return new CallArguments(args, keywords);
    }

    /**
     * kwargs:
     *     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
     *     | ','.kwarg_or_starred+
     *     | ','.kwarg_or_double_starred+
     * Each item is a {@link Keyword} or a starred {@link Expr}.
     */
    private List<Object> kwargs() {
        enter();
        try {
            int start = mark();
            List<Object> a = gatherKwargs(false);
            if (a != null) {
                if (expect(TokenKind.COMMA) != null) {
                    List<Object> b = gatherKwargs(true);
                    if (b != null) {
                        a.addAll(b);
                        return a;
                    }
                }
                reset(start);
                return gatherKwargs(false);
            }
            reset(start);
            return gatherKwargs(true);
        } finally {
            leave();
        }
    }

    /** ','.kwarg_or_starred+ or ','.kwarg_or_double_starred+: a gather and its loop, as in CPython. */
    private List<Object> gatherKwargs(boolean doubleStarred) {
        enter();
        try {
            Object first = doubleStarred ? kwargOrDoubleStarred() : kwargOrStarred();
            if (first == null) {
                return null;
            }
            List<Object> list = new ArrayList<>();
            list.add(first);
            enter();
            try {
                while (true) {
                    int m = mark();
                    if (expect(TokenKind.COMMA) == null) {
                        break;
                    }
                    Object o = doubleStarred ? kwargOrDoubleStarred() : kwargOrStarred();
                    if (o == null) {
                        reset(m);
                        break;
                    }
                    list.add(o);
                }
            } finally {
                leave();
            }
            return list;
        } finally {
            leave();
        }
    }

    /** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
    private Object kwargOrStarred() {
        enter();
        try {
            if (callInvalidRules) {
                invalidKwarg();
            }
            Keyword k = namedKeyword();
            if (k != null) {
                return k;
            }
            return starredExpression();
        } finally {
            leave();
        }
    }

    /** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
    private Object kwargOrDoubleStarred() {
        enter();
        try {
            if (callInvalidRules) {
                invalidKwarg();
            }
            Keyword k = namedKeyword();
            if (k != null) {
                return k;
            }
            int m = mark();
            Token s = expect(TokenKind.DOUBLESTAR);
            if (s != null) {
                Expr value = expression();
                if (value != null) {
                    Token e = end();
                    return new Keyword(null, value, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** NAME '=' expression → keyword */
    private Keyword namedKeyword() {
        int m = mark();
        Token n = expectName();
        if (n != null && expect(TokenKind.EQUAL) != null) {
            Expr value = expression();
            if (value != null) {
                Token e = end();
                return new Keyword(n.text(), value, n.lineno(), n.colOffset(), e.endLineno(), e.endColOffset());
            }
        }
        reset(m);
        return null;
    }

    /**
     * starred_expression:
     *     | invalid_starred_expression
     *     | '*' expression → Starred
     *     | '*' → "Invalid star expression"
     */
    @Override
    final Expr starredExpression() {
        enter();
        try {
            int m = mark();
            Token star = expect(TokenKind.STAR);
            if (star == null) {
                return null;
            }
            if (callInvalidRules) {
                // invalid_starred_expression: '*' expression '=' expression
                enter();
                try {
                    if (expression() != null && expect(TokenKind.EQUAL) != null) {
                        Expr b = expression();
                        if (b != null) {
                            throw syntaxErrorRange(star, b, "cannot assign to iterable argument unpacking");
                        }
                    }
                    reset(m + 1);
                } finally {
                    leave();
                }
            }
            Expr value = expression();
            if (value != null) {
                Token e = end();
                return new Expr.Starred(value, ExprContext.Load, star.lineno(), star.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
            // '*' alone: in 3.13 this alternative is written out in starred_expression itself, not
            // as an invalid_ rule, so it applies in the first pass too.
            throw syntaxError("Invalid star expression");
        } finally {
            leave();
        }
    }

    /**
     * invalid_arguments:
     *     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
     *       ',' ','.(starred_expression !'=')+
     *     | expression for_if_clauses ',' [args | expression for_if_clauses]
     *     | NAME '=' expression for_if_clauses
     *     | (args ',')? NAME '=' &(',' | ')')
     *     | args for_if_clauses
     *     | args ',' expression for_if_clauses
     *     | args ',' args
     */
    private void invalidArguments() {
        enter();
        try {
            int m = mark();
            boolean prefix = positionalArgs() != null && expect(TokenKind.COMMA) != null && kwargs() != null;
            if (!prefix) {
                reset(m);
                prefix = kwargs() != null;
            }
            if (prefix) {
                Token comma = expect(TokenKind.COMMA);
                if (comma != null && starredNotAssigned() != null) {
                    while (true) {
                        int c = mark();
                        if (expect(TokenKind.COMMA) == null || starredNotAssigned() == null) {
                            reset(c);
                            break;
                        }
                    }
                    throw syntaxErrorStartingFrom(comma.lineno(), comma.colOffset(),
                            "iterable argument unpacking follows keyword argument unpacking");
                }
            }
            reset(m);

            Expr a = expression();
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(TokenKind.COMMA) != null) {
                    int c = mark();
                    if (args() == null) {
                        reset(c);
                        if (expression() == null || forIfClauses() == null) {
                            reset(c);
                        }
                    }
                    throw syntaxErrorRange(a, lastComprehensionItem(b), "Generator expression must be parenthesized");
                }
            }
            reset(m);

            Token n = expectName();
            if (n != null) {
                Token eq = expect(TokenKind.EQUAL);
                if (eq != null && expression() != null && forIfClauses() != null) {
                    throw syntaxErrorRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
            }
            reset(m);

            if (args() == null || expect(TokenKind.COMMA) == null) {
                reset(m);
            }
            n = expectName();
            if (n != null) {
                Token eq = expect(TokenKind.EQUAL);
                if (eq != null && (at(TokenKind.COMMA) || at(TokenKind.RPAR))) {
                    throw syntaxErrorRange(n, eq, "expected argument value expression");
                }
            }
            reset(m);

            CallArguments args = args();
            if (args != null) {
                int afterArgs = mark();
                List<Comprehension> b = forIfClauses();
                if (b != null) {
                    if (args.args().size() > 1) {
                        throw syntaxErrorRange(args.args().get(args.args().size() - 1), lastComprehensionItem(b),
                                "Generator expression must be parenthesized");
                    }
                    // CPython: _PyPegen_nonparen_genexp_in_call returned NULL; the rule ends here.
                    reset(m);
                    return;
                }
                reset(afterArgs);
                if (expect(TokenKind.COMMA) != null) {
                    int afterComma = mark();
                    Expr e = expression();
                    if (e != null) {
                        List<Comprehension> c = forIfClauses();
                        if (c != null) {
                            throw syntaxErrorRange(e, lastComprehensionItem(c),
                                    "Generator expression must be parenthesized");
                        }
                    }
                    reset(afterComma);
                    if (args() != null) {
                        boolean unpacking = args.keywords().stream().anyMatch(k -> k.arg() == null);
                        throw syntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument");
                    }
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** starred_expression !'=' */
    private Expr starredNotAssigned() {
        int m = mark();
        Expr s = starredExpression();
        if (s != null && !at(TokenKind.EQUAL)) {
            return s;
        }
        reset(m);
        return null;
    }

    /** CPython: _PyPegen_get_last_comprehension_item. */
    private static Expr lastComprehensionItem(List<Comprehension> clauses) {
        Comprehension last = clauses.get(clauses.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }

    /**
     * invalid_kwarg:
     *     | ('True'|'False'|'None') '='
     *     | NAME '=' expression for_if_clauses
     *     | !(NAME '=') expression '='
     *     | '**' expression '=' expression
     */
    private void invalidKwarg() {
        enter();
        try {
            invalidKwargAlternatives();
        } finally {
            leave();
        }
    }

    private void invalidKwargAlternatives() {
        int m = mark();
        Token t = peek();
        if (isKeywordToken(t, "True") || isKeywordToken(t, "False") || isKeywordToken(t, "None")) {
            advance();
            Token eq = expect(TokenKind.EQUAL);
            if (eq != null) {
                throw syntaxErrorRange(t, eq, "cannot assign to " + t.text());
            }
            reset(m);
        }
        Token n = expectName();
        if (n != null) {
            Token eq = expect(TokenKind.EQUAL);
            if (eq != null && expression() != null && forIfClauses() != null) {
                throw syntaxErrorRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        reset(m);
        boolean nameEquals = expectName() != null && at(TokenKind.EQUAL);
        reset(m);
        if (!nameEquals) {
            Expr a = expression();
            if (a != null) {
                Token eq = expect(TokenKind.EQUAL);
                if (eq != null) {
                    throw syntaxErrorRange(a, eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
            }
            reset(m);
        }
        Token stars = expect(TokenKind.DOUBLESTAR);
        if (stars != null && expression() != null && expect(TokenKind.EQUAL) != null) {
            Expr b = expression();
            if (b != null) {
                throw syntaxErrorRange(stars, b, "cannot assign to keyword argument unpacking");
            }
        }
        reset(m);
    }

    // ---- comprehensions ----

    /** for_if_clauses: for_if_clause+ */
    final List<Comprehension> forIfClauses() {
        enter();
        enter(); // the helper rule for the repetition for_if_clause+
        try {
            Comprehension c = forIfClause();
            if (c == null) {
                return null;
            }
            List<Comprehension> list = new ArrayList<>();
            list.add(c);
            while ((c = forIfClause()) != null) {
                list.add(c);
            }
            return list;
        } finally {
            leave();
            leave();
        }
    }

    /**
     * for_if_clause:
     *     | 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
     *     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
     *     | 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' → "'in' expected ..."
     *     | invalid_for_target
     */
    private Comprehension forIfClause() {
        enter();
        try {
            int m = mark();
            boolean async = expectKeyword("async") != null;
            if (expectKeyword("for") != null) {
                Expr target = starTargets();
                if (target != null && expectKeyword("in") != null) {
                    // Committed (~): no other alternative is tried once 'in' is seen.
                    Expr iter = disjunction();
                    if (iter == null) {
                        reset(m);
                        return null;
                    }
                    List<Expr> ifs = new ArrayList<>();
                    enter(); // the helper rules for ('if' disjunction)*: the repetition, then the group
                    try {
                        while (true) {
                            int c = mark();
                            Expr cond = group(() -> expectKeyword("if") != null ? disjunction() : null);
                            if (cond == null) {
                                reset(c);
                                break;
                            }
                            ifs.add(cond);
                        }
                    } finally {
                        leave();
                    }
                    return new Comprehension(target, iter, ifs, async ? 1 : 0);
                }
            }
            reset(m);
            // In 3.13 the "'in' expected" alternative is written out in for_if_clause itself (not
            // as an invalid_ rule), so it applies in the first pass too.
            invalidForIfClause();
            if (callInvalidRules) {
                invalidForTarget();
            }
            return null;
        } finally {
            leave();
        }
    }

    /** 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' (CPython 3.14 names it invalid_for_if_clause). */
    private void invalidForIfClause() {
        int m = mark();
        expectKeyword("async");
        if (expectKeyword("for") != null && bitwiseOr() != null) {
            while (true) {
                int c = mark();
                if (expect(TokenKind.COMMA) == null || bitwiseOr() == null) {
                    reset(c);
                    break;
                }
            }
            expect(TokenKind.COMMA);
            if (!atKeyword("in")) {
                throw syntaxError("'in' expected after for-loop variables");
            }
        }
        reset(m);
    }

    /** invalid_for_target: 'async'? 'for' star_expressions */
    private void invalidForTarget() {
        enter();
        try {
            int m = mark();
            expectKeyword("async");
            if (expectKeyword("for") != null) {
                Expr a = starExpressions();
                if (a != null) {
                    ParseFailure f = invalidTarget(TargetsType.FOR_TARGETS, a);
                    if (f != null) {
                        throw f;
                    }
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
    final Expr listcomp() {
        return comprehension(TokenKind.LSQB, TokenKind.RSQB);
    }

    /** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
    final Expr setcomp() {
        return comprehension(TokenKind.LBRACE, TokenKind.RBRACE);
    }

    /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
    @Override
    final Expr genexp() {
        return comprehension(TokenKind.LPAR, TokenKind.RPAR);
    }

    private Expr comprehension(TokenKind open, TokenKind close) {
        enter();
        try {
            int m = mark();
            Token s = expect(open);
            if (s != null) {
                Expr elt;
                if (open == TokenKind.LPAR) {
                    enter(); // the helper rule for the group (assignment_expression | expression !':=')
                    try {
                        elt = assignmentExpressionOrExpression();
                    } finally {
                        leave();
                    }
                } else {
                    elt = namedExpression();
                }
                if (elt != null) {
                    List<Comprehension> generators = forIfClauses();
                    if (generators != null && expect(close) != null) {
                        Token e = end();
                        return switch (open) {
                            case LSQB -> new Expr.ListComp(elt, generators, s.lineno(), s.colOffset(), e.endLineno(),
                                    e.endColOffset());
                            case LBRACE -> new Expr.SetComp(elt, generators, s.lineno(), s.colOffset(), e.endLineno(),
                                    e.endColOffset());
                            default -> new Expr.GeneratorExp(elt, generators, s.lineno(), s.colOffset(), e.endLineno(),
                                    e.endColOffset());
                        };
                    }
                }
            }
            reset(m);
            if (callInvalidRules) {
                invalidComprehension();
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * invalid_comprehension:
     *     | ('[' | '(' | '{') starred_expression for_if_clauses
     *     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
     *     | ('[' | '{') star_named_expression ',' for_if_clauses
     */
    private void invalidComprehension() {
        enter();
        try {
            int m = mark();
            TokenKind k = peek().kind();
            transientLevels(1); // the helper rule for the group ('[' | '(' | '{')
            if (k != TokenKind.LSQB && k != TokenKind.LPAR && k != TokenKind.LBRACE) {
                return;
            }
            advance();
            Expr a = starredExpression();
            if (a != null && forIfClauses() != null) {
                throw syntaxErrorAt(a, "iterable unpacking cannot be used in comprehension");
            }
            reset(m);
            if (k == TokenKind.LPAR) {
                return;
            }
            advance();
            a = starNamedExpression();
            if (a != null) {
                Token comma = expect(TokenKind.COMMA);
                if (comma != null) {
                    int afterComma = mark();
                    List<Expr> b = starNamedExpressions();
                    if (b != null && forIfClauses() != null) {
                        throw syntaxErrorRange(a, b.get(b.size() - 1),
                                "did you forget parentheses around the comprehension target?");
                    }
                    reset(afterComma);
                    if (forIfClauses() != null) {
                        throw syntaxErrorRange(a, comma, "did you forget parentheses around the comprehension target?");
                    }
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
    final Expr dictcomp() {
        enter();
        try {
            int m = mark();
            Token s = expect(TokenKind.LBRACE);
            if (s != null) {
                KeyValue kv = kvpair();
                if (kv != null) {
                    List<Comprehension> generators = forIfClauses();
                    if (generators != null && expect(TokenKind.RBRACE) != null) {
                        Token e = end();
                        return new Expr.DictComp(kv.key(), kv.value(), generators, s.lineno(), s.colOffset(),
                                e.endLineno(), e.endColOffset());
                    }
                }
            }
            reset(m);
            if (callInvalidRules) {
                // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
                if (expect(TokenKind.LBRACE) != null) {
                    Token stars = expect(TokenKind.DOUBLESTAR);
                    if (stars != null && bitwiseOr() != null && forIfClauses() != null
                            && expect(TokenKind.RBRACE) != null) {
                        throw syntaxErrorAt(stars, "dict unpacking cannot be used in dict comprehension");
                    }
                }
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }
}
