package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.BoolOperator;
import org.pyxis.parser.ast.CmpOperator;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;
import org.pyxis.parser.ast.Operator;
import org.pyxis.parser.ast.UnaryOperator;

/**
 * The operator levels of CPython's expression grammar, from {@code disjunction} down to
 * {@code primary}, with {@code invalid_arithmetic} and {@code invalid_factor}. CPython's
 * left-recursive rules ({@code bitwise_or}, {@code sum}, {@code term}, {@code primary}, ...) are
 * loops here that grow the result one operator at a time, trying the alternatives in CPython's
 * order; their nodes all start where the rule started.
 */
abstract class OperatorParser extends AtomParser {
    OperatorParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- boolean operators and comparisons ----

    /** disjunction (memo): conjunction ('or' conjunction)+ → BoolOp(Or) | conjunction */
    @Override
    final Expr disjunction() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_DISJUNCTION);
            if (memo != null) {
                return (Expr) memo.node();
            }
            return memoStore(R_DISJUNCTION, start, boolOp("or"));
        } finally {
            leave();
        }
    }

    /** conjunction (memo): inversion ('and' inversion)+ → BoolOp(And) | inversion */
    final Expr conjunction() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_CONJUNCTION);
            if (memo != null) {
                return (Expr) memo.node();
            }
            return memoStore(R_CONJUNCTION, start, boolOp("and"));
        } finally {
            leave();
        }
    }

    private Expr boolOp(String keyword) {
        boolean or = keyword.equals("or");
        Token s = peek();
        Expr a = or ? conjunction() : inversion();
        if (a == null) {
            return null;
        }
        if (!atKeyword(keyword)) {
            transientLevels(2); // the helper rules for (keyword operand)+ and its group, failing
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        enter(); // the helper rule for the repetition; each item is read in the one for the group
        try {
            while (true) {
                int m = mark();
                Expr c = group(() -> expectKeyword(keyword) == null ? null : or ? conjunction() : inversion());
                if (c == null) {
                    reset(m);
                    break;
                }
                values.add(c);
            }
        } finally {
            leave();
        }
        if (values.size() == 1) {
            return a;
        }
        Token e = end();
        return new Expr.BoolOp(or ? BoolOperator.Or : BoolOperator.And, values, s.lineno(), s.colOffset(),
                e.endLineno(), e.endColOffset());
    }

    /** inversion (memo): 'not' inversion → UnaryOp(Not) | comparison */
    @Override
    final Expr inversion() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_INVERSION);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Token s = expectKeyword("not");
            if (s != null) {
                Expr a = inversion();
                if (a != null) {
                    Token e = end();
                    return memoStore(R_INVERSION, start, new Expr.UnaryOp(UnaryOperator.Not, a, s.lineno(),
                            s.colOffset(), e.endLineno(), e.endColOffset()));
                }
                reset(start);
            }
            return memoStore(R_INVERSION, start, comparison());
        } finally {
            leave();
        }
    }

    /** comparison: bitwise_or compare_op_bitwise_or_pair+ → Compare | bitwise_or */
    final Expr comparison() {
        enter();
        try {
            Token s = peek();
            Expr a = bitwiseOr();
            if (a == null) {
                return null;
            }
            List<CmpOperator> ops = null;
            List<Expr> comparators = null;
            // compare_op_bitwise_or_pair+: the helper rule for the repetition, then for each pair
            // the rule compare_op_bitwise_or_pair and the one for its operator (eq_bitwise_or...).
            enter();
            try {
                while (true) {
                    int m = mark();
                    CmpOperator op;
                    Expr b;
                    enter();
                    enter();
                    try {
                        op = compareOp();
                        b = op == null ? null : bitwiseOr();
                    } finally {
                        leave();
                        leave();
                    }
                    if (b == null) {
                        reset(m);
                        break;
                    }
                    if (ops == null) {
                        ops = new ArrayList<>();
                        comparators = new ArrayList<>();
                    }
                    ops.add(op);
                    comparators.add(b);
                }
            } finally {
                leave();
            }
            if (ops == null) {
                return a;
            }
            Token e = end();
            return new Expr.Compare(a, ops, comparators, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
        } finally {
            leave();
        }
    }

    /** The operator of compare_op_bitwise_or_pair, consumed; null (nothing consumed) if none. */
    private CmpOperator compareOp() {
        Token t = peek();
        switch (t.kind()) {
            case EQEQUAL -> {
                advance();
                return CmpOperator.Eq;
            }
            case NOTEQUAL -> {
                // CPython: _PyPegen_check_barry_as_flufl — '<>' is not '!=' without the easter egg.
                if (!t.text().equals("!=")) {
                    return null;
                }
                advance();
                return CmpOperator.NotEq;
            }
            case LESSEQUAL -> {
                advance();
                return CmpOperator.LtE;
            }
            case LESS -> {
                advance();
                return CmpOperator.Lt;
            }
            case GREATEREQUAL -> {
                advance();
                return CmpOperator.GtE;
            }
            case GREATER -> {
                advance();
                return CmpOperator.Gt;
            }
            case NAME -> {
                int m = mark();
                if (atKeyword("not")) {
                    advance();
                    if (expectKeyword("in") != null) {
                        return CmpOperator.NotIn;
                    }
                    reset(m);
                    return null;
                }
                if (atKeyword("in")) {
                    advance();
                    return CmpOperator.In;
                }
                if (atKeyword("is")) {
                    advance();
                    return expectKeyword("not") != null ? CmpOperator.IsNot : CmpOperator.Is;
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- binary operators ----

    /** bitwise_or (memoized; left-recursive in CPython): bitwise_or '|' bitwise_xor | bitwise_xor */
    @Override
    final Expr bitwiseOr() {
        enter();
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_BITWISE_OR);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Token s = peek();
            Expr a = bitwiseXor();
            while (a != null) {
                int m = mark();
                if (expect(TokenKind.VBAR) == null) {
                    break;
                }
                Expr b = bitwiseXor();
                if (b == null) {
                    reset(m);
                    break;
                }
                a = binOp(a, Operator.BitOr, b, s);
            }
            return memoStore(R_BITWISE_OR, start, a);
        } finally {
            leave();
            leave();
        }
    }

    /** bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
    private Expr bitwiseXor() {
        return leftAssociative(this::bitwiseAnd, TokenKind.CIRCUMFLEX, Operator.BitXor);
    }

    /** bitwise_and: bitwise_and '&' shift_expr | shift_expr */
    private Expr bitwiseAnd() {
        return leftAssociative(this::shiftExpr, TokenKind.AMPER, Operator.BitAnd);
    }

    /**
     * A left-recursive rule {@code r: r OP operand | operand} as a loop. It counts two levels, as
     * CPython's generated code does for a left-recursive rule and its helper.
     */
    private Expr leftAssociative(java.util.function.Supplier<Expr> operand, TokenKind op, Operator kind) {
        enter();
        enter();
        try {
            Token s = peek();
            Expr a = operand.get();
            while (a != null) {
                int m = mark();
                if (expect(op) == null) {
                    break;
                }
                Expr b = operand.get();
                if (b == null) {
                    reset(m);
                    break;
                }
                a = binOp(a, kind, b, s);
            }
            return a;
        } finally {
            leave();
            leave();
        }
    }

    /** shift_expr: shift_expr ('<<' | '>>') sum | invalid_arithmetic | sum */
    private Expr shiftExpr() {
        enter();
        enter();
        try {
            Token s = peek();
            if (callInvalidRules) {
                invalidArithmetic();
            }
            Expr a = sum();
            while (a != null) {
                int m = mark();
                Operator op = switch (peek().kind()) {
                    case LEFTSHIFT -> Operator.LShift;
                    case RIGHTSHIFT -> Operator.RShift;
                    default -> null;
                };
                if (op == null) {
                    break;
                }
                advance();
                Expr b = sum();
                if (b == null) {
                    reset(m);
                    break;
                }
                a = binOp(a, op, b, s);
            }
            return a;
        } finally {
            leave();
            leave();
        }
    }

    /** invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion */
    private void invalidArithmetic() {
        enter();
        try {
            int m = mark();
            if (sum() != null) {
                switch (peek().kind()) {
                    case PLUS, MINUS, STAR, SLASH, PERCENT, DOUBLESLASH, AT -> {
                        advance();
                        Token not = expectKeyword("not");
                        if (not != null) {
                            Expr b = inversion();
                            if (b != null) {
                                throw syntaxErrorRange(not, b, "'not' after an operator must be parenthesized");
                            }
                        }
                    }
                    default -> { }
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** sum (memoized; left-recursive in CPython): sum ('+' | '-') term | term */
    final Expr sum() {
        enter();
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_SUM);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Token s = peek();
            Expr a = term();
            while (a != null) {
                int m = mark();
                Operator op = switch (peek().kind()) {
                    case PLUS -> Operator.Add;
                    case MINUS -> Operator.Sub;
                    default -> null;
                };
                if (op == null) {
                    break;
                }
                advance();
                Expr b = term();
                if (b == null) {
                    reset(m);
                    break;
                }
                a = binOp(a, op, b, s);
            }
            return memoStore(R_SUM, start, a);
        } finally {
            leave();
            leave();
        }
    }

    /** term (left-recursive in CPython): term ('*' | '/' | '//' | '%' | '@') factor | invalid_factor | factor */
    private Expr term() {
        enter();
        enter();
        try {
            Token s = peek();
            if (callInvalidRules) {
                invalidFactor();
            }
            Expr a = factor();
            while (a != null) {
                int m = mark();
                Operator op = switch (peek().kind()) {
                    case STAR -> Operator.Mult;
                    case SLASH -> Operator.Div;
                    case DOUBLESLASH -> Operator.FloorDiv;
                    case PERCENT -> Operator.Mod;
                    case AT -> Operator.MatMult;
                    default -> null;
                };
                if (op == null) {
                    break;
                }
                advance();
                Expr b = factor();
                if (b == null) {
                    reset(m);
                    break;
                }
                a = binOp(a, op, b, s);
            }
            return a;
        } finally {
            leave();
            leave();
        }
    }

    /** invalid_factor: ('+' | '-' | '~') 'not' factor */
    private void invalidFactor() {
        enter();
        try {
            int m = mark();
            switch (peek().kind()) {
                case PLUS, MINUS, TILDE -> {
                    advance();
                    Token not = expectKeyword("not");
                    if (not != null) {
                        Expr b = factor();
                        if (b != null) {
                            throw syntaxErrorRange(not, b, "'not' after an operator must be parenthesized");
                        }
                    }
                    reset(m);
                }
                default -> { }
            }
        } finally {
            leave();
        }
    }

    private Expr binOp(Expr a, Operator op, Expr b, Token s) {
        Token e = end();
        return new Expr.BinOp(a, op, b, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    /** factor (memo): '+' factor | '-' factor | '~' factor | power */
    @Override
    final Expr factor() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_FACTOR);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Token s = peek();
            UnaryOperator op = switch (s.kind()) {
                case PLUS -> UnaryOperator.UAdd;
                case MINUS -> UnaryOperator.USub;
                case TILDE -> UnaryOperator.Invert;
                default -> null;
            };
            if (op != null) {
                advance();
                Expr a = factor();
                if (a != null) {
                    Token e = end();
                    return memoStore(R_FACTOR, start, new Expr.UnaryOp(op, a, s.lineno(), s.colOffset(), e.endLineno(),
                            e.endColOffset()));
                }
                reset(start);
                return memoStore(R_FACTOR, start, null);
            }
            return memoStore(R_FACTOR, start, power());
        } finally {
            leave();
        }
    }

    /** power: await_primary '**' factor → BinOp(Pow) | await_primary */
    private Expr power() {
        enter();
        try {
            Token s = peek();
            Expr a = awaitPrimary();
            if (a == null) {
                return null;
            }
            int m = mark();
            if (expect(TokenKind.DOUBLESTAR) != null) {
                Expr b = factor();
                if (b != null) {
                    return binOp(a, Operator.Pow, b, s);
                }
                reset(m);
            }
            return a;
        } finally {
            leave();
        }
    }

    /** await_primary (memo): 'await' primary → Await | primary */
    final Expr awaitPrimary() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_AWAIT_PRIMARY);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Token s = expectKeyword("await");
            if (s != null) {
                Expr a = primary();
                if (a != null) {
                    Token e = end();
                    return memoStore(R_AWAIT_PRIMARY, start, new Expr.Await(a, s.lineno(), s.colOffset(), e.endLineno(),
                            e.endColOffset()));
                }
                reset(start);
                return memoStore(R_AWAIT_PRIMARY, start, null);
            }
            return memoStore(R_AWAIT_PRIMARY, start, primary());
        } finally {
            leave();
        }
    }

    // ---- primaries ----

    /**
     * primary (memoized; left-recursive in CPython, a loop here):
     *     | primary '.' NAME → Attribute
     *     | primary genexp → Call
     *     | primary '(' [arguments] ')' → Call
     *     | primary '[' slices ']' → Subscript
     *     | atom
     */
    @Override
    final Expr primary() {
        enter();
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_PRIMARY);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Token s = peek();
            Expr a = atom();
            while (a != null) {
                int m = mark();
                Expr next = null;
                if (expect(TokenKind.DOT) != null) {
                    Token n = expectName();
                    if (n != null) {
                        Token e = end();
                        next = new Expr.Attribute(a, n.text(), ExprContext.Load, s.lineno(), s.colOffset(),
                                e.endLineno(), e.endColOffset());
                    }
                }
                if (next == null) {
                    reset(m);
                    // Tried whatever follows: in the second pass, genexp's invalid_comprehension
                    // also looks at a '[' or '{' after the primary.
                    Expr g = genexp();
                    if (g != null) {
                        Token e = end();
                        next = new Expr.Call(a, List.of(g), List.of(), s.lineno(), s.colOffset(), e.endLineno(),
                                e.endColOffset());
                    }
                }
                if (next == null && expect(TokenKind.LPAR) != null) {
                    CallArguments args = arguments();
                    if (expect(TokenKind.RPAR) != null) {
                        Token e = end();
                        next = new Expr.Call(a, args == null ? List.of() : args.args(),
                                args == null ? List.of() : args.keywords(), s.lineno(), s.colOffset(),
                                e.endLineno(), e.endColOffset());
                    }
                }
                if (next == null) {
                    reset(m);
                    if (expect(TokenKind.LSQB) != null) {
                        Expr slice = slices();
                        if (slice != null && expect(TokenKind.RSQB) != null) {
                            Token e = end();
                            next = new Expr.Subscript(a, slice, ExprContext.Load, s.lineno(), s.colOffset(),
                                    e.endLineno(), e.endColOffset());
                        }
                    }
                }
                if (next == null) {
                    reset(m);
                    break;
                }
                a = next;
            }
            return memoStore(R_PRIMARY, start, a);
        } finally {
            leave();
            leave();
        }
    }
}
