package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Constants;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;

/**
 * Atoms and displays: names, constants, parenthesized groups and tuples, lists, sets and dicts,
 * {@code lambda}, subscript slices, and the {@code type_expressions} of a function type comment,
 * with the {@code invalid_*} rules that belong to them.
 */
abstract class AtomParser extends ArgumentParser {
    AtomParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /**
     * slices:
     *     | slice !','
     *     | ','.(slice | starred_expression)+ [','] → Tuple
     */
    @Override
    final Expr slices() {
        enter();
        try {
            int m = mark();
            Token s = peek();
            Expr a = slice();
            if (a != null && !at(TokenKind.COMMA)) {
                return a;
            }
            reset(m);
            List<Expr> elts = gather(() -> group(this::sliceOrStarred));
            if (elts == null) {
                return null;
            }
            expect(TokenKind.COMMA);
            Token e = end();
            return new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
        } finally {
            leave();
        }
    }

    private Expr sliceOrStarred() {
        Expr a = slice();
        return a != null ? a : starredExpression();
    }

    /**
     * slice:
     *     | [expression] ':' [expression] [':' [expression]] → Slice
     *     | named_expression
     */
    final Expr slice() {
        enter();
        try {
            int m = mark();
            Token s = peek();
            Expr lower = expression();
            if (expect(TokenKind.COLON) != null) {
                Expr upper = expression();
                Expr step = null;
                enter(); // the helper rule for the group [':' [expression]]
                try {
                    if (expect(TokenKind.COLON) != null) {
                        step = expression();
                    }
                } finally {
                    leave();
                }
                Token e = end();
                return new Expr.Slice(lower, upper, step, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
            }
            reset(m);
            return namedExpression();
        } finally {
            leave();
        }
    }

    /**
     * atom:
     *     | NAME | 'True' | 'False' | 'None'
     *     | &(STRING|FSTRING_START) strings
     *     | NUMBER
     *     | &'(' (tuple | group | genexp)
     *     | &'[' (list | listcomp)
     *     | &'{' (dict | set | dictcomp | setcomp)
     *     | '...'
     */
    @Override
    final Expr atom() {
        enter();
        try {
            Token t = peek();
            switch (t.kind()) {
                case NAME -> {
                    // A keyword only as spelled in the source: a NAME normalizing to one is a name.
                    switch (spelledAsText(t) ? t.text() : "") {
                        case "True" -> {
                            advance();
                            return constant(Boolean.TRUE, t, t);
                        }
                        case "False" -> {
                            advance();
                            return constant(Boolean.FALSE, t, t);
                        }
                        case "None" -> {
                            advance();
                            return constant(Constants.Singleton.NONE, t, t);
                        }
                        default -> {
                            Token n = expectName();
                            return n == null ? null : name(n, ExprContext.Load);
                        }
                    }
                }
                case STRING, FSTRING_START -> {
                    return strings();
                }
                default -> { }
            }
            // The alternatives below come after CPython's &(STRING|FSTRING_START) lookahead, a
            // helper rule call that counts towards the nesting limit; '(', '[' and '{' then call
            // a helper for their group of alternatives.
            transientLevels(1);
            switch (t.kind()) {
                case NUMBER -> {
                    advance();
                    return number(t);
                }
                case LPAR -> {
                    enter();
                    try {
                        Expr r = tuple();
                        if (r == null) {
                            r = group();
                        }
                        return r != null ? r : genexp();
                    } finally {
                        leave();
                    }
                }
                case LSQB -> {
                    enter();
                    try {
                        Expr r = list();
                        return r != null ? r : listcomp();
                    } finally {
                        leave();
                    }
                }
                case LBRACE -> {
                    enter();
                    try {
                        Expr r = dict();
                        if (r == null) {
                            r = set();
                        }
                        if (r == null) {
                            r = dictcomp();
                        }
                        return r != null ? r : setcomp();
                    } finally {
                        leave();
                    }
                }
                case ELLIPSIS -> {
                    advance();
                    return constant(Constants.Singleton.ELLIPSIS, t, t);
                }
                default -> {
                    return null;
                }
            }
        } finally {
            leave();
        }
    }

    /** A NUMBER token's Constant (CPython: _PyPegen_number_token). */
    final Expr number(Token t) {
        return constant(Literals.parseNumber(t.text()), t, t);
    }

    /** group: '(' (yield_expr | named_expression) ')' | invalid_group */
    private Expr group() {
        enter();
        try {
            int m = mark();
            if (expect(TokenKind.LPAR) != null) {
                Expr a;
                enter(); // the helper rule for (yield_expr | named_expression)
                try {
                    a = yieldExpr();
                    if (a == null) {
                        a = namedExpression();
                    }
                } finally {
                    leave();
                }
                if (a != null && expect(TokenKind.RPAR) != null) {
                    return a;
                }
                reset(m);
            }
            if (callInvalidRules) {
                invalidGroup();
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * invalid_group:
     *     | '(' starred_expression ')'
     *     | '(' '**' expression ')'
     */
    private void invalidGroup() {
        enter();
        try {
            int m = mark();
            if (expect(TokenKind.LPAR) == null) {
                return;
            }
            Expr a = starredExpression();
            if (a != null && at(TokenKind.RPAR)) {
                throw syntaxErrorAt(a, "cannot use starred expression here");
            }
            reset(m + 1);
            Token stars = expect(TokenKind.DOUBLESTAR);
            if (stars != null && expression() != null && at(TokenKind.RPAR)) {
                throw syntaxErrorAt(stars, "cannot use double starred expression here");
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    final Expr lambdef() {
        enter();
        try {
            int m = mark();
            Token s = expectKeyword("lambda");
            if (s == null) {
                return null;
            }
            org.pyxis.parser.ast.Arguments args = lambdaParams();
            if (expect(TokenKind.COLON) != null) {
                Expr body = expression();
                if (body != null) {
                    Token e = end();
                    return new Expr.Lambda(args != null ? args : emptyArguments(), body, s.lineno(), s.colOffset(),
                            e.endLineno(), e.endColOffset());
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ---- displays ----

    /** list: '[' [star_named_expressions] ']' */
    @Override
    final Expr list() {
        enter();
        try {
            int m = mark();
            Token s = expect(TokenKind.LSQB);
            if (s == null) {
                return null;
            }
            List<Expr> elts = starNamedExpressions();
            if (expect(TokenKind.RSQB) != null) {
                Token e = end();
                return new Expr.List(elts == null ? List.of() : elts, ExprContext.Load, s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
    @Override
    final Expr tuple() {
        enter();
        try {
            int m = mark();
            Token s = expect(TokenKind.LPAR);
            if (s == null) {
                return null;
            }
            List<Expr> elts = List.of();
            int afterParen = mark();
            enter(); // the helper rule for the group [star_named_expression ',' [star_named_expressions]]
            try {
                Expr first = starNamedExpression();
                if (first != null && expect(TokenKind.COMMA) != null) {
                    elts = new ArrayList<>();
                    elts.add(first);
                    List<Expr> rest = starNamedExpressions();
                    if (rest != null) {
                        elts.addAll(rest);
                    }
                } else {
                    reset(afterParen);
                }
            } finally {
                leave();
            }
            if (expect(TokenKind.RPAR) != null) {
                Token e = end();
                return new Expr.Tuple(elts, ExprContext.Load, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** set: '{' star_named_expressions '}' */
    private Expr set() {
        enter();
        try {
            int m = mark();
            Token s = expect(TokenKind.LBRACE);
            if (s != null) {
                List<Expr> elts = starNamedExpressions();
                if (elts != null && expect(TokenKind.RBRACE) != null) {
                    Token e = end();
                    return new Expr.Set(elts, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
                }
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * dict:
     *     | '{' [double_starred_kvpairs] '}'
     *     | '{' invalid_double_starred_kvpairs '}'
     */
    private Expr dict() {
        enter();
        try {
            int m = mark();
            Token s = expect(TokenKind.LBRACE);
            if (s == null) {
                return null;
            }
            List<KeyValue> items = doubleStarredKvpairs();
            if (expect(TokenKind.RBRACE) != null) {
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                if (items != null) {
                    for (KeyValue kv : items) {
                        keys.add(kv.key());
                        values.add(kv.value());
                    }
                }
                Token e = end();
                return new Expr.Dict(keys, values, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
            }
            // '{' invalid_double_starred_kvpairs '}': not an alternative made of an invalid rule alone,
            // so CPython's generated parser tries it in the first pass too.
            reset(m + 1);
            invalidDoubleStarredKvpairs();
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
    private List<KeyValue> doubleStarredKvpairs() {
        enter();
        try {
            List<KeyValue> items = gather(this::doubleStarredKvpair);
            if (items != null) {
                expect(TokenKind.COMMA);
            }
            return items;
        } finally {
            leave();
        }
    }

    /** double_starred_kvpair: '**' bitwise_or | kvpair */
    private KeyValue doubleStarredKvpair() {
        enter();
        try {
            int m = mark();
            if (expect(TokenKind.DOUBLESTAR) != null) {
                Expr v = bitwiseOr();
                if (v != null) {
                    return new KeyValue(null, v);
                }
                reset(m);
            }
            return kvpair();
        } finally {
            leave();
        }
    }

    /** kvpair: expression ':' expression */
    @Override
    final KeyValue kvpair() {
        enter();
        try {
            int m = mark();
            Expr key = expression();
            if (key != null && expect(TokenKind.COLON) != null) {
                Expr value = expression();
                if (value != null) {
                    return new KeyValue(key, value);
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * invalid_double_starred_kvpairs:
     *     | ','.double_starred_kvpair+ ',' invalid_kvpair
     *     | expression ':' '*' bitwise_or
     *     | expression ':' &('}'|',')
     */
    private void invalidDoubleStarredKvpairs() {
        enter();
        try {
            int m = mark();
            if (gather(this::doubleStarredKvpair) != null && expect(TokenKind.COMMA) != null) {
                invalidKvpair();
            }
            reset(m);
            invalidKvpairValue();
        } finally {
            leave();
        }
    }

    /**
     * invalid_kvpair:
     *     | expression !(':')
     *     | expression ':' '*' bitwise_or
     *     | expression ':' &('}'|',')
     */
    private void invalidKvpair() {
        enter();
        try {
            int m = mark();
            Expr a = expression();
            if (a != null && !at(TokenKind.COLON)) {
                throw raiseAt(SyntaxProblem.Kind.SYNTAX_ERROR, "':' expected after dictionary key", a.lineno(),
                        a.endColOffset(), a.endLineno(), 0);
            }
            reset(m);
            invalidKvpairValue();
        } finally {
            leave();
        }
    }

    /** The two alternatives shared by invalid_double_starred_kvpairs and invalid_kvpair. */
    private void invalidKvpairValue() {
        int m = mark();
        if (expression() != null) {
            Token colon = expect(TokenKind.COLON);
            if (colon != null) {
                Token star = expect(TokenKind.STAR);
                if (star != null && bitwiseOr() != null) {
                    throw syntaxErrorStartingFrom(star.lineno(), star.colOffset(),
                            "cannot use a starred expression in a dictionary value");
                }
                if (star == null && (at(TokenKind.RBRACE) || at(TokenKind.COMMA))) {
                    throw syntaxErrorAt(colon, "expression expected after dictionary key and ':'");
                }
            }
        }
        reset(m);
    }

    // ---- func_type ----

    /**
     * type_expressions:
     *     | ','.expression+ ',' '*' expression ',' '**' expression
     *     | ','.expression+ ',' '*' expression
     *     | ','.expression+ ',' '**' expression
     *     | '*' expression ',' '**' expression
     *     | '*' expression
     *     | '**' expression
     *     | ','.expression+
     */
    final List<Expr> typeExpressions() {
        enter();
        try {
            int m = mark();
            List<Expr> list = new ArrayList<>();
            Expr first = expression();
            if (first != null) {
                list.add(first);
                while (true) {
                    int c = mark();
                    if (expect(TokenKind.COMMA) == null) {
                        break;
                    }
                    Expr x = expression();
                    if (x == null) {
                        reset(c);
                        break;
                    }
                    list.add(x);
                }
                int afterList = mark();
                if (expect(TokenKind.COMMA) != null) {
                    List<Expr> tail = starredTypeExpressions();
                    if (tail != null) {
                        list.addAll(tail);
                        return list;
                    }
                }
                reset(afterList);
                return list;
            }
            reset(m);
            return starredTypeExpressions();
        } finally {
            leave();
        }
    }

    /** '*' expression [',' '**' expression] | '**' expression */
    private List<Expr> starredTypeExpressions() {
        int m = mark();
        if (expect(TokenKind.STAR) != null) {
            Expr a = expression();
            if (a != null) {
                int c = mark();
                if (expect(TokenKind.COMMA) != null && expect(TokenKind.DOUBLESTAR) != null) {
                    Expr b = expression();
                    if (b != null) {
                        return new ArrayList<>(List.of(a, b));
                    }
                }
                reset(c);
                return new ArrayList<>(List.of(a));
            }
            reset(m);
            return null;
        }
        if (expect(TokenKind.DOUBLESTAR) != null) {
            Expr a = expression();
            if (a != null) {
                return new ArrayList<>(List.of(a));
            }
        }
        reset(m);
        return null;
    }
}
