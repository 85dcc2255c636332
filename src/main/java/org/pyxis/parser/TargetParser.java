package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;

/**
 * Assignment and {@code del} targets: {@code star_targets}, {@code single_target},
 * {@code del_targets} and the {@code t_primary} chain they are built on (a primary that is
 * followed by '.', '[' or '(', so that only its last link becomes the target).
 */
abstract class TargetParser extends ParameterParser {
    TargetParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    abstract CallArguments arguments();

    /**
     * star_targets:
     *     | star_target !','
     *     | star_target (',' star_target)* [','] → Tuple(Store)
     */
    final Expr starTargets() {
        enter();
        try {
            Token s = peek();
            Expr a = starTarget();
            if (a == null) {
                return null;
            }
            if (!at(TokenKind.COMMA)) {
                return a;
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            elts.addAll(commaStarTargets());
            expect(TokenKind.COMMA);
            Token e = end();
            return new Expr.Tuple(elts, ExprContext.Store, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
        } finally {
            leave();
        }
    }

    /**
     * (',' star_target)*: the targets after the first, each read in CPython's helper rule for the
     * group inside the helper rule for the repetition.
     */
    private List<Expr> commaStarTargets() {
        enter();
        try {
            List<Expr> elts = new ArrayList<>();
            while (true) {
                int m = mark();
                Expr c = group(() -> expect(TokenKind.COMMA) != null ? starTarget() : null);
                if (c == null) {
                    reset(m);
                    break;
                }
                elts.add(c);
            }
            return elts;
        } finally {
            leave();
        }
    }

    /** star_targets_list_seq: ','.star_target+ [','] */
    final List<Expr> starTargetsListSeq() {
        enter();
        try {
            List<Expr> elts = gather(this::starTarget);
            if (elts == null) {
                return null;
            }
            expect(TokenKind.COMMA);
            return elts;
        } finally {
            leave();
        }
    }

    /**
     * star_targets_tuple_seq:
     *     | star_target (',' star_target)+ [',']
     *     | star_target ','
     */
    final List<Expr> starTargetsTupleSeq() {
        enter();
        try {
            int m = mark();
            Expr a = starTarget();
            if (a == null) {
                return null;
            }
            List<Expr> rest = commaStarTargets();
            if (!rest.isEmpty()) {
                List<Expr> elts = new ArrayList<>(rest.size() + 1);
                elts.add(a);
                elts.addAll(rest);
                expect(TokenKind.COMMA);
                return elts;
            }
            if (expect(TokenKind.COMMA) != null) {
                return List.of(a);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * star_target (memo):
     *     | '*' (!'*' star_target) → Starred(Store)
     *     | target_with_star_atom
     */
    final Expr starTarget() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_STAR_TARGET);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Token s = peek();
            if (expect(TokenKind.STAR) != null) {
                if (!at(TokenKind.STAR)) {
                    Expr a = starTarget();
                    if (a != null) {
                        Token e = end();
                        return memoStore(R_STAR_TARGET, start, new Expr.Starred(setContext(a, ExprContext.Store),
                                ExprContext.Store, s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset()));
                    }
                }
                reset(start);
            }
            return memoStore(R_STAR_TARGET, start, targetWithStarAtom());
        } finally {
            leave();
        }
    }

    /**
     * target_with_star_atom (memo):
     *     | t_primary '.' NAME !t_lookahead → Attribute(Store)
     *     | t_primary '[' slices ']' !t_lookahead → Subscript(Store)
     *     | star_atom
     */
    final Expr targetWithStarAtom() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_TARGET_WITH_STAR_ATOM);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Expr r = subscriptAttributeTarget(ExprContext.Store);
            if (r == null) {
                r = starAtom();
            }
            return memoStore(R_TARGET_WITH_STAR_ATOM, start, r);
        } finally {
            leave();
        }
    }

    /**
     * The two alternatives shared by target_with_star_atom, single_subscript_attribute_target and
     * del_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead.
     */
    private Expr subscriptAttributeTarget(ExprContext ctx) {
        int m = mark();
        Token s = peek();
        Expr a = tPrimary();
        if (a == null) {
            return null;
        }
        int afterPrimary = mark();
        if (expect(TokenKind.DOT) != null) {
            Token n = expectName();
            if (n != null && !tLookahead()) {
                Token e = end();
                return new Expr.Attribute(a, n.text(), ctx, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
        }
        reset(afterPrimary);
        if (expect(TokenKind.LSQB) != null) {
            Expr slice = slices();
            if (slice != null && expect(TokenKind.RSQB) != null && !tLookahead()) {
                Token e = end();
                return new Expr.Subscript(a, slice, ctx, s.lineno(), s.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
        }
        reset(m);
        return null;
    }

    /**
     * star_atom:
     *     | NAME → Name(Store)
     *     | '(' target_with_star_atom ')' → set_context(Store)
     *     | '(' [star_targets_tuple_seq] ')' → Tuple(Store)
     *     | '[' [star_targets_list_seq] ']' → List(Store)
     */
    final Expr starAtom() {
        enter();
        try {
            int m = mark();
            Token s = peek();
            Token n = expectName();
            if (n != null) {
                return name(n, ExprContext.Store);
            }
            if (expect(TokenKind.LPAR) != null) {
                Expr a = targetWithStarAtom();
                if (a != null && expect(TokenKind.RPAR) != null) {
                    return setContext(a, ExprContext.Store);
                }
                reset(m + 1);
                List<Expr> elts = starTargetsTupleSeq();
                if (expect(TokenKind.RPAR) != null) {
                    Token e = end();
                    return new Expr.Tuple(elts == null ? List.of() : elts, ExprContext.Store, s.lineno(), s.colOffset(),
                            e.endLineno(), e.endColOffset());
                }
                reset(m);
                return null;
            }
            if (expect(TokenKind.LSQB) != null) {
                List<Expr> elts = starTargetsListSeq();
                if (expect(TokenKind.RSQB) != null) {
                    Token e = end();
                    return new Expr.List(elts == null ? List.of() : elts, ExprContext.Store, s.lineno(), s.colOffset(),
                            e.endLineno(), e.endColOffset());
                }
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * single_target:
     *     | single_subscript_attribute_target
     *     | NAME → Name(Store)
     *     | '(' single_target ')'
     */
    final Expr singleTarget() {
        enter();
        try {
            Expr r = singleSubscriptAttributeTarget();
            if (r != null) {
                return r;
            }
            Token n = expectName();
            if (n != null) {
                return name(n, ExprContext.Store);
            }
            int m = mark();
            if (expect(TokenKind.LPAR) != null) {
                Expr a = singleTarget();
                if (a != null && expect(TokenKind.RPAR) != null) {
                    return a;
                }
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
    final Expr singleSubscriptAttributeTarget() {
        enter();
        try {
            return subscriptAttributeTarget(ExprContext.Store);
        } finally {
            leave();
        }
    }

    /**
     * t_primary (left-recursive, memoized; a loop here):
     *     | t_primary '.' NAME &t_lookahead
     *     | t_primary '[' slices ']' &t_lookahead
     *     | t_primary genexp &t_lookahead
     *     | t_primary '(' [arguments] ')' &t_lookahead
     *     | atom &t_lookahead
     */
    final Expr tPrimary() {
        enter();
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_T_PRIMARY);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Token s = peek();
            Expr a = atom();
            if (a == null || !tLookahead()) {
                reset(start);
                return memoStore(R_T_PRIMARY, start, null);
            }
            while (true) {
                int m = mark();
                Expr next = null;
                if (expect(TokenKind.DOT) != null) {
                    Token n = expectName();
                    if (n != null && tLookahead()) {
                        Token e = end();
                        next = new Expr.Attribute(a, n.text(), ExprContext.Load, s.lineno(), s.colOffset(),
                                e.endLineno(), e.endColOffset());
                    }
                }
                if (next == null) {
                    reset(m);
                    if (expect(TokenKind.LSQB) != null) {
                        Expr slice = slices();
                        if (slice != null && expect(TokenKind.RSQB) != null && tLookahead()) {
                            Token e = end();
                            next = new Expr.Subscript(a, slice, ExprContext.Load, s.lineno(), s.colOffset(),
                                    e.endLineno(), e.endColOffset());
                        }
                    }
                }
                if (next == null) {
                    reset(m);
                    // In the second pass, genexp's invalid_comprehension also looks at a '[' or '{'.
                    Expr g = genexp();
                    if (g != null && tLookahead()) {
                        Token e = end();
                        next = new Expr.Call(a, List.of(g), List.of(), s.lineno(), s.colOffset(), e.endLineno(),
                                e.endColOffset());
                    }
                }
                if (next == null) {
                    reset(m);
                    if (expect(TokenKind.LPAR) != null) {
                        CallArguments args = arguments();
                        if (expect(TokenKind.RPAR) != null && tLookahead()) {
                            Token e = end();
                            next = new Expr.Call(a, args == null ? List.of() : args.args(),
                                    args == null ? List.of() : args.keywords(), s.lineno(), s.colOffset(),
                                    e.endLineno(), e.endColOffset());
                        }
                    }
                }
                if (next == null) {
                    reset(m);
                    return memoStore(R_T_PRIMARY, start, a);
                }
                a = next;
            }
        } finally {
            leave();
            leave();
        }
    }

    /** t_lookahead: '(' | '[' | '.' */
    final boolean tLookahead() {
        TokenKind k = peek().kind();
        return k == TokenKind.LPAR || k == TokenKind.LSQB || k == TokenKind.DOT;
    }

    /** del_targets: ','.del_target+ [','] */
    final List<Expr> delTargets() {
        enter();
        try {
            List<Expr> elts = gather(this::delTarget);
            if (elts == null) {
                return null;
            }
            expect(TokenKind.COMMA);
            return elts;
        } finally {
            leave();
        }
    }

    /**
     * del_target (memo):
     *     | t_primary '.' NAME !t_lookahead → Attribute(Del)
     *     | t_primary '[' slices ']' !t_lookahead → Subscript(Del)
     *     | del_t_atom
     */
    final Expr delTarget() {
        enter();
        try {
            int start = mark();
            Memo memo = memoLookup(R_DEL_TARGET);
            if (memo != null) {
                return (Expr) memo.node();
            }
            Expr r = subscriptAttributeTarget(ExprContext.Del);
            if (r == null) {
                r = delTAtom();
            }
            return memoStore(R_DEL_TARGET, start, r);
        } finally {
            leave();
        }
    }

    /**
     * del_t_atom:
     *     | NAME → Name(Del)
     *     | '(' del_target ')' → set_context(Del)
     *     | '(' [del_targets] ')' → Tuple(Del)
     *     | '[' [del_targets] ']' → List(Del)
     */
    private Expr delTAtom() {
        enter();
        try {
            return delTAtomAlternatives();
        } finally {
            leave();
        }
    }

    private Expr delTAtomAlternatives() {
        int m = mark();
        Token s = peek();
        Token n = expectName();
        if (n != null) {
            return name(n, ExprContext.Del);
        }
        if (expect(TokenKind.LPAR) != null) {
            Expr a = delTarget();
            if (a != null && expect(TokenKind.RPAR) != null) {
                return setContext(a, ExprContext.Del);
            }
            reset(m + 1);
            List<Expr> elts = delTargets();
            if (expect(TokenKind.RPAR) != null) {
                Token e = end();
                return new Expr.Tuple(elts == null ? List.of() : elts, ExprContext.Del, s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
            reset(m);
            return null;
        }
        if (expect(TokenKind.LSQB) != null) {
            List<Expr> elts = delTargets();
            if (expect(TokenKind.RSQB) != null) {
                Token e = end();
                return new Expr.List(elts == null ? List.of() : elts, ExprContext.Del, s.lineno(), s.colOffset(),
                        e.endLineno(), e.endColOffset());
            }
            reset(m);
        }
        return null;
    }
}
