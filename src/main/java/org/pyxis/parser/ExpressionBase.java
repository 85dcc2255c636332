package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Constants;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;
import org.pyxis.parser.ast.Keyword;

/**
 * What the expression rules share: node positions, memoization, the error-raising forms of
 * CPython's pegen ({@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION}, {@code _KNOWN_RANGE},
 * {@code _STARTING_FROM}, {@code _ON_NEXT_TOKEN}), the bracket nesting level of tokens, and the
 * helpers that the statement rules use too ({@link #setContext}, {@link #exprName},
 * {@link #invalidTarget}).
 *
 * <p>The expression grammar is split over a chain of abstract classes, each declaring as abstract
 * the rules it uses from later ones: this class → {@link StringParser} (strings and f-strings) →
 * {@link ParameterParser} ({@code def} and {@code lambda} parameters) → {@link TargetParser}
 * (assignment and {@code del} targets) → {@link ArgumentParser} (call arguments and
 * comprehensions) → {@link AtomParser} (atoms, displays, lambda, slices) → {@link OperatorParser}
 * (the operator levels down to primaries) → {@link ExpressionParser} ({@code expression} and the
 * expression lists).
 */
abstract class ExpressionBase extends ParserBase {
    /** The kind of target a statement assigns or deletes, for the error naming the bad part. */
    enum TargetsType {
        STAR_TARGETS,
        DEL_TARGETS,
        FOR_TARGETS
    }

    /** The parsed arguments of a call or a class's bases: positional (and starred) and keywords. */
    record CallArguments(List<Expr> args, List<Keyword> keywords) {}

    /** A dict display item: {@code key: value}, or {@code **value} with a null key. */
    record KeyValue(Expr key, Expr value) {}

    // Rule numbers for memoization (memoLookup, memoStore): expression rules use numbers below 500,
    // the pattern and statement rules theirs (see ParserBase).
    static final int R_EXPRESSION = 1;
    static final int R_STAR_EXPRESSION = 2;
    static final int R_DISJUNCTION = 3;
    static final int R_CONJUNCTION = 4;
    static final int R_INVERSION = 5;
    static final int R_BITWISE_OR = 6;
    static final int R_FACTOR = 7;
    static final int R_AWAIT_PRIMARY = 8;
    static final int R_PRIMARY = 9;
    static final int R_STRINGS = 10;
    static final int R_ARGUMENTS = 11;
    static final int R_STAR_TARGET = 12;
    static final int R_TARGET_WITH_STAR_ATOM = 13;
    static final int R_T_PRIMARY = 14;
    static final int R_DEL_TARGET = 15;
    static final int R_INVALID_NAMED_EXPRESSION = 16;
    static final int R_SUM = 17;

    /** A cached miss: the rule failed at this position. */
    static final Memo MISS = new Memo(null, -1);

    ExpressionBase(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- rules defined further down the chain ----

    abstract Expr expression();

    abstract Expr expressionWithoutInvalid();

    abstract Expr starExpression();

    abstract Expr starExpressions();

    abstract Expr starNamedExpression();

    abstract List<Expr> starNamedExpressions();

    abstract Expr namedExpression();

    abstract Expr assignmentExpression();

    abstract Expr disjunction();

    abstract Expr inversion();

    abstract Expr bitwiseOr();

    abstract Expr factor();

    abstract Expr primary();

    abstract Expr atom();

    abstract Expr slices();

    abstract Expr annotatedRhs();

    abstract Expr yieldExpr();

    abstract Expr starredExpression();

    abstract Expr genexp();

    abstract Expr list();

    abstract Expr tuple();

    abstract KeyValue kvpair();

    // ---- memoization ----
    //
    // As in CPython, each token position has a short chain of memo entries, one per rule; a
    // lookup walks it. (A HashMap keyed by position and rule cost most of the parsing time.)
    // CPython empties the memo between the two passes: Parser clears ParserBase.memo then, and
    // this table empties itself the first time it is used with the invalid rules on.

    /** One memoized result in a position's chain. */
    private static final class MemoEntry {
        final int rule;
        final Memo memo;
        final MemoEntry next;

        MemoEntry(int rule, Memo memo, MemoEntry next) {
            this.rule = rule;
            this.memo = memo;
            this.next = next;
        }
    }

    private MemoEntry[] memoTable = new MemoEntry[1024];
    private boolean memoSecondPass;

    private void checkMemoPass() {
        if (callInvalidRules && !memoSecondPass) {
            java.util.Arrays.fill(memoTable, null);
            memoSecondPass = true;
        }
    }

    /**
     * Looks up a memoized result of {@code rule} at the current position; on a hit, moves past it
     * and returns the memo (whose node is null for a cached failure); on a miss returns null.
     */
    final Memo memoLookup(int rule) {
        checkMemoPass();
        if (pos < memoTable.length) {
            for (MemoEntry e = memoTable[pos]; e != null; e = e.next) {
                if (e.rule == rule) {
                    if (e.memo.node() != null) {
                        pos = e.memo.endPos();
                    }
                    return e.memo;
                }
            }
        }
        return null;
    }

    /** Records the result of {@code rule} started at {@code start}; the parser is after it. */
    final <T> T memoStore(int rule, int start, T node) {
        checkMemoPass();
        if (start >= memoTable.length) {
            memoTable = java.util.Arrays.copyOf(memoTable, Math.max(start + 1, memoTable.length * 2));
        }
        memoTable[start] = new MemoEntry(rule, node == null ? MISS : new Memo(node, pos), memoTable[start]);
        return node;
    }

    /**
     * Counts {@code n} nested calls towards the nesting limit and returns from them, as the
     * helper rules CPython's generator makes for a group or a repetition do (they show in the
     * depth at which "too complex to parse" is raised).
     */
    final void transientLevels(int n) {
        for (int i = 0; i < n; i++) {
            enter();
        }
        level -= n;
    }

    /**
     * CPython's {@code ','.elem+}: one or more items separated by commas (not consuming a comma
     * after the last), or null if there is no first item. Counts the nesting levels of the helper
     * rules CPython generates for it: the gather, and the loop inside it that reads the items
     * after the first (which are thus one level deeper than the first).
     */
    final <T> List<T> gather(java.util.function.Supplier<T> elem) {
        enter();
        try {
            T first = elem.get();
            if (first == null) {
                return null;
            }
            List<T> list = new ArrayList<>();
            list.add(first);
            enter();
            try {
                while (true) {
                    int m = mark();
                    if (expect(TokenKind.COMMA) == null) {
                        break;
                    }
                    T next = elem.get();
                    if (next == null) {
                        reset(m);
                        break;
                    }
                    list.add(next);
                }
            } finally {
                leave();
            }
            return list;
        } finally {
            leave();
        }
    }

    /** Calls {@code body} one nesting level down, as CPython's helper rule for a group does. */
    final <T> T group(java.util.function.Supplier<T> body) {
        enter();
        try {
            return body.get();
        } finally {
            leave();
        }
    }

    // ---- positions ----

    /** Where a node built by the rule just matched ends (CPython: EXTRA's end token). */
    final Token end() {
        return lastNonWhitespaceToken();
    }

    static Expr.Name name(Token t, ExprContext ctx) {
        return new Expr.Name(t.text(), ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    static Expr.Constant constant(Object value, Token s, Token e) {
        return new Expr.Constant(value, null, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
    }

    // ---- bracket nesting levels (CPython: Token.level) ----

    private int[] levels = new int[64];
    private int levelsKnown;
    private int levelNow;

    /** The bracket nesting level the tokenizer was at after token {@code index} (fetched already). */
    final int levelOf(int index) {
        while (levelsKnown <= index) {
            switch (tokens.get(levelsKnown).kind()) {
                case LPAR, LSQB, LBRACE -> levelNow++;
                case RPAR, RSQB, RBRACE -> levelNow = Math.max(0, levelNow - 1);
                default -> { }
            }
            if (levelsKnown == levels.length) {
                levels = java.util.Arrays.copyOf(levels, levels.length * 2);
            }
            levels[levelsKnown++] = levelNow;
        }
        return levels[index];
    }

    // ---- helpers shared with the statement rules ----

    /** CPython: _PyPegen_set_expr_context — a copy of a target expression with context {@code ctx}. */
    final Expr setContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            case Expr.Tuple t -> new Expr.Tuple(setContext(t.elts(), ctx), ctx, t.lineno(), t.colOffset(),
                    t.endLineno(), t.endColOffset());
            case Expr.List l -> new Expr.List(setContext(l.elts(), ctx), ctx, l.lineno(), l.colOffset(),
                    l.endLineno(), l.endColOffset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(),
                    s.endLineno(), s.endColOffset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(),
                    a.endLineno(), a.endColOffset());
            case Expr.Starred s -> new Expr.Starred(setContext(s.value(), ctx), ctx, s.lineno(), s.colOffset(),
                    s.endLineno(), s.endColOffset());
            default -> e;
        };
    }

    private List<Expr> setContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(setContext(e, ctx));
        }
        return out;
    }

    /** CPython: _PyPegen_get_expr_name — how error messages name a kind of expression. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == Constants.Singleton.NONE) {
                    yield "None";
                } else if (Boolean.FALSE.equals(v)) {
                    yield "False";
                } else if (Boolean.TRUE.equals(v)) {
                    yield "True";
                } else if (v == Constants.Singleton.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    /** CPython: _PyPegen_get_invalid_target — the part of {@code e} that cannot be a target, or null. */
    static Expr invalidTargetPart(Expr e, TargetsType type) {
        switch (e) {
            case Expr.List l -> {
                for (Expr elt : l.elts()) {
                    Expr bad = invalidTargetPart(elt, type);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            case Expr.Tuple t -> {
                for (Expr elt : t.elts()) {
                    Expr bad = invalidTargetPart(elt, type);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            case Expr.Starred s -> {
                return type == TargetsType.DEL_TARGETS ? e : invalidTargetPart(s.value(), type);
            }
            case Expr.Compare c -> {
                // "for a in b": the 'in' was read as a comparison; look at its left side.
                if (type == TargetsType.FOR_TARGETS) {
                    return c.ops().get(0) == org.pyxis.parser.ast.CmpOperator.In
                            ? invalidTargetPart(c.left(), type) : null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    /**
     * CPython: RAISE_SYNTAX_ERROR_INVALID_TARGET — the error naming the part of {@code e} that
     * cannot be assigned or deleted ("cannot assign to %s", "cannot delete %s"), or null when every
     * part is a valid target (the calling rule then simply fails).
     */
    final ParseFailure invalidTarget(TargetsType type, Expr e) {
        Expr bad = invalidTargetPart(e, type);
        if (bad == null) {
            return null;
        }
        String verb = type == TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
        return syntaxErrorAt(bad, verb + exprName(bad));
    }

    /**
     * True if {@code t} is the keyword {@code word} as the source spells it (a NAME that only
     * normalizes to the keyword is a plain name; see {@link #spelledAsText}).
     */
    static boolean isKeywordToken(Token t, String word) {
        return t.kind() == TokenKind.NAME && t.text().equals(word) && spelledAsText(t);
    }

    /** CPython: _PyPegen_check_legacy_stmt — {@code print} and {@code exec}, once statements. */
    static boolean isLegacyStatementName(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /**
     * CPython's SOFT_KEYWORD token class, as _PyPegen_soft_keyword_token tests it: it compares only
     * the token's length of characters, so any NAME that is a prefix of a soft keyword ("c", "ma",
     * "typ") counts as one.
     */
    static boolean isSoftKeyword(Token t) {
        if (t.kind() != TokenKind.NAME || t.text().isEmpty()) {
            return false;
        }
        for (String keyword : SOFT_KEYWORDS) {
            if (keyword.startsWith(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] SOFT_KEYWORDS = {"_", "case", "match", "type"};
}
