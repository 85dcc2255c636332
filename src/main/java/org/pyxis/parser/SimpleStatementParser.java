package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Alias;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;
import org.pyxis.parser.ast.Operator;
import org.pyxis.parser.ast.Stmt;
import org.pyxis.parser.ast.TypeParam;

/**
 * Simple statements, one method per rule of CPython 3.13's grammar: {@code simple_stmt} and the
 * statements it chooses between (assignments in all their forms, {@code type} aliases,
 * {@code return}, {@code raise}, {@code global}/{@code nonlocal}, {@code del}, {@code yield},
 * {@code assert}, imports), with their {@code invalid_*} rules, which only the second pass
 * ({@link #callInvalidRules}) tries. {@code pass}, {@code break} and {@code continue} are
 * single tokens, made in {@link #simpleStmt}.
 *
 * <p>Positions follow CPython's {@code EXTRA}: a node starts at the first token of its rule and
 * ends at the last token consumed that is not NEWLINE, INDENT or DEDENT ({@link #end()}).
 */
abstract class SimpleStatementParser extends PatternParser {
    static final int R_SIMPLE_STMT = 601;

    // ---- rules defined further down the chain ----

    /** [type_params]: the type parameters, or an empty list when absent. */
    abstract List<TypeParam> optionalTypeParams();

    SimpleStatementParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- simple_stmt ----

    /**
     * simple_stmt (memo): assignment | &"type" type_alias | star_expressions | &'return'
     * return_stmt | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass' | &'del'
     * del_stmt | &'yield' yield_stmt | &'assert' assert_stmt | 'break' | 'continue' | &'global'
     * global_stmt | &'nonlocal' nonlocal_stmt.
     */
    Stmt simpleStmt() {
        int mark = pos;
        Memo m = memoLookup(R_SIMPLE_STMT);
        if (m != null) {
            return (Stmt) m.node();
        }
        enter();
        try {
            return memoStore(R_SIMPLE_STMT, mark, simpleStmtAlternatives(mark));
        } finally {
            leave();
        }
    }

    private Stmt simpleStmtAlternatives(int mark) {
        Token start = peek();
        Stmt s = assignment();
        if (s != null) {
            return s;
        }
        reset(mark);
        if (atKeyword("type")) {
            s = typeAlias();
            if (s != null) {
                return s;
            }
            reset(mark);
        }
        Expr e = starExpressions();
        if (e != null) {
            Token end = end();
            return new Stmt.Expr(e, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        }
        reset(mark);
        if (start.kind() != TokenKind.NAME || !spelledAsText(start)) {
            return null;
        }
        s = switch (start.text()) {
            case "return" -> returnStmt();
            case "import", "from" -> importStmt();
            case "raise" -> raiseStmt();
            case "pass" -> {
                pos++;
                yield new Stmt.Pass(start.lineno(), start.colOffset(), start.endLineno(), start.endColOffset());
            }
            case "del" -> delStmt();
            case "yield" -> yieldStmt();
            case "assert" -> assertStmt();
            case "break" -> {
                pos++;
                yield new Stmt.Break(start.lineno(), start.colOffset(), start.endLineno(), start.endColOffset());
            }
            case "continue" -> {
                pos++;
                yield new Stmt.Continue(start.lineno(), start.colOffset(), start.endLineno(), start.endColOffset());
            }
            case "global" -> globalStmt(false);
            case "nonlocal" -> globalStmt(true);
            default -> null;
        };
        if (s == null) {
            reset(mark);
        }
        return s;
    }

    // ---- assignments ----

    /**
     * assignment: NAME ':' expression ['=' annotated_rhs] | ('(' single_target ')' |
     * single_subscript_attribute_target) ':' expression ['=' annotated_rhs] | (star_targets '=')+
     * annotated_rhs !'=' | single_target augassign ~ annotated_rhs | invalid_assignment.
     */
    private Stmt assignment() {
        enter();
        try {
            int mark = pos;
            Token start = peek();
            // NAME ':' expression ['=' annotated_rhs]
            Token n = expectName();
            if (n != null && expect(TokenKind.COLON) != null) {
                Expr annotation = expression();
                if (annotation != null) {
                    Expr value = annotatedValue();
                    Token end = end();
                    return new Stmt.AnnAssign(name(n, ExprContext.Store), annotation, value, 1, start.lineno(),
                            start.colOffset(), end.endLineno(), end.endColOffset());
                }
            }
            reset(mark);
            // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
            Expr target = parenthesizedSingleTargetOrSubscript();
            if (target != null && expect(TokenKind.COLON) != null) {
                Expr annotation = expression();
                if (annotation != null) {
                    Expr value = annotatedValue();
                    Token end = end();
                    return new Stmt.AnnAssign(target, annotation, value, 0, start.lineno(), start.colOffset(),
                            end.endLineno(), end.endColOffset());
                }
            }
            reset(mark);
            // (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
            List<Expr> targets = starTargetsAssigned();
            if (targets != null) {
                Expr value = annotatedRhs();
                if (value != null && !at(TokenKind.EQUAL)) {
                    Token end = end();
                    return new Stmt.Assign(targets, value, null, start.lineno(), start.colOffset(), end.endLineno(),
                            end.endColOffset());
                }
            }
            reset(mark);
            // single_target augassign ~ annotated_rhs
            target = singleTarget();
            if (target != null) {
                Operator op = augassign();
                if (op != null) {
                    Expr value = annotatedRhs();
                    if (value == null) {
                        reset(mark);
                        return null; // the cut: no other alternative, not even invalid_assignment
                    }
                    Token end = end();
                    return new Stmt.AugAssign(target, op, value, start.lineno(), start.colOffset(), end.endLineno(),
                            end.endColOffset());
                }
            }
            reset(mark);
            if (callInvalidRules) {
                invalidAssignment();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** ['=' annotated_rhs]: the value of an annotated assignment, or null. */
    private Expr annotatedValue() {
        enter(); // CPython's _tmp helper
        try {
            int mark = pos;
            if (expect(TokenKind.EQUAL) != null) {
                Expr value = annotatedRhs();
                if (value != null) {
                    return value;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** '(' single_target ')' | single_subscript_attribute_target. */
    private Expr parenthesizedSingleTargetOrSubscript() {
        enter(); // CPython's _tmp helper
        try {
            int mark = pos;
            if (expect(TokenKind.LPAR) != null) {
                Expr target = singleTarget();
                if (target != null && expect(TokenKind.RPAR) != null) {
                    return target;
                }
            }
            reset(mark);
            Expr target = singleSubscriptAttributeTarget();
            if (target != null) {
                return target;
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** (star_targets '=')+, or with {@code atLeastOne} false (star_targets '=')*; null if none. */
    private List<Expr> starTargetsAssigned() {
        enter(); // CPython's _loop helper
        try {
            List<Expr> targets = null;
            while (true) {
                int mark = pos;
                enter(); // CPython's _tmp helper
                Expr t;
                try {
                    t = starTargets();
                    if (t != null && expect(TokenKind.EQUAL) == null) {
                        t = null;
                    }
                } finally {
                    leave();
                }
                if (t == null) {
                    reset(mark);
                    break;
                }
                if (targets == null) {
                    targets = new ArrayList<>();
                }
                targets.add(t);
            }
            return targets;
        } finally {
            leave();
        }
    }

    /** augassign: one of the augmented assignment operators. */
    private Operator augassign() {
        Operator op = switch (peek().kind()) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
        if (op != null) {
            pos++;
        }
        return op;
    }

    /** type_alias: "type" NAME [type_params] '=' expression. */
    private Stmt typeAlias() {
        enter();
        try {
            Token start = expectKeyword("type");
            if (start == null) {
                return null;
            }
            Token n = expectName();
            if (n == null) {
                return null;
            }
            List<TypeParam> typeParams = optionalTypeParams();
            if (expect(TokenKind.EQUAL) == null) {
                return null;
            }
            Expr value = expression();
            if (value == null) {
                return null;
            }
            Token end = end();
            return new Stmt.TypeAlias(name(n, ExprContext.Store), typeParams, value, start.lineno(),
                    start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    // ---- return, raise, global, del, yield, assert ----

    /** return_stmt: 'return' [star_expressions]. */
    private Stmt returnStmt() {
        enter();
        try {
            Token start = expectKeyword("return");
            if (start == null) {
                return null;
            }
            int mark = pos;
            Expr value = starExpressions();
            if (value == null) {
                reset(mark);
            }
            Token end = end();
            return new Stmt.Return(value, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    /** raise_stmt: 'raise' expression ['from' expression] | 'raise'. */
    private Stmt raiseStmt() {
        enter();
        try {
            Token start = expectKeyword("raise");
            if (start == null) {
                return null;
            }
            int mark = pos;
            Expr exc = expression();
            Expr cause = null;
            if (exc != null) {
                int beforeFrom = pos;
                cause = group(() -> expectKeyword("from") != null ? expression() : null); // ['from' expression]
                if (cause == null) {
                    reset(beforeFrom);
                }
            } else {
                reset(mark);
            }
            Token end = end();
            return new Stmt.Raise(exc, cause, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    /** global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+. */
    private Stmt globalStmt(boolean nonlocal) {
        enter();
        try {
            Token start = advance();
            List<String> names = new ArrayList<>();
            Token n = expectName();
            if (n == null) {
                return null;
            }
            names.add(n.text());
            while (true) {
                int mark = pos;
                if (expect(TokenKind.COMMA) == null) {
                    break;
                }
                n = expectName();
                if (n == null) {
                    reset(mark);
                    break;
                }
                names.add(n.text());
            }
            Token end = end();
            return nonlocal
                    ? new Stmt.Nonlocal(names, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset())
                    : new Stmt.Global(names, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt. */
    private Stmt delStmt() {
        enter();
        try {
            int mark = pos;
            Token start = expectKeyword("del");
            if (start != null) {
                List<Expr> targets = delTargets();
                if (targets != null && (at(TokenKind.SEMI) || at(TokenKind.NEWLINE))) {
                    Token end = end();
                    return new Stmt.Delete(targets, start.lineno(), start.colOffset(), end.endLineno(),
                            end.endColOffset());
                }
            }
            reset(mark);
            if (callInvalidRules) {
                invalidDelStmt();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** yield_stmt: yield_expr. */
    private Stmt yieldStmt() {
        enter();
        try {
            Token start = peek();
            Expr value = yieldExpr();
            if (value == null) {
                return null;
            }
            Token end = end();
            return new Stmt.Expr(value, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    /** assert_stmt: 'assert' expression [',' expression]. */
    private Stmt assertStmt() {
        enter();
        try {
            Token start = expectKeyword("assert");
            if (start == null) {
                return null;
            }
            Expr test = expression();
            if (test == null) {
                return null;
            }
            int mark = pos;
            Expr msg = group(() -> expect(TokenKind.COMMA) != null ? expression() : null); // [',' expression]
            if (msg == null) {
                reset(mark);
            }
            Token end = end();
            return new Stmt.Assert(test, msg, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    // ---- imports ----

    /** import_stmt: invalid_import | import_name | import_from. */
    private Stmt importStmt() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidImport();
                reset(mark);
            }
            Stmt s = importName();
            if (s != null) {
                return s;
            }
            reset(mark);
            s = importFrom();
            if (s != null) {
                return s;
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** import_name: 'import' dotted_as_names. */
    private Stmt importName() {
        enter();
        try {
            Token start = expectKeyword("import");
            if (start == null) {
                return null;
            }
            List<Alias> names = dottedAsNames();
            if (names == null) {
                return null;
            }
            Token end = end();
            return new Stmt.Import(names, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    /**
     * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' |
     * '...')+ 'import' import_from_targets.
     */
    private Stmt importFrom() {
        enter();
        try {
            int mark = pos;
            Token start = expectKeyword("from");
            if (start == null) {
                return null;
            }
            int afterFrom = pos;
            int level = dots();
            String module = dottedName();
            if (module != null && expectKeyword("import") != null) {
                List<Alias> names = importFromTargets();
                if (names != null) {
                    Token end = end();
                    return new Stmt.ImportFrom(module, names, level, start.lineno(), start.colOffset(),
                            end.endLineno(), end.endColOffset());
                }
            }
            reset(afterFrom);
            level = dots();
            if (level > 0 && expectKeyword("import") != null) {
                List<Alias> names = importFromTargets();
                if (names != null) {
                    Token end = end();
                    return new Stmt.ImportFrom(null, names, level, start.lineno(), start.colOffset(),
                            end.endLineno(), end.endColOffset());
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** ('.' | '...')*: the number of leading dots of a relative import. */
    private int dots() {
        int level = 0;
        while (true) {
            TokenKind k = peek().kind();
            if (k == TokenKind.DOT) {
                level++;
            } else if (k == TokenKind.ELLIPSIS) {
                level += 3;
            } else {
                return level;
            }
            pos++;
        }
    }

    /**
     * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' |
     * invalid_import_from_targets.
     */
    private List<Alias> importFromTargets() {
        enter();
        try {
            int mark = pos;
            if (expect(TokenKind.LPAR) != null) {
                List<Alias> names = importFromAsNames();
                if (names != null) {
                    expect(TokenKind.COMMA);
                    if (expect(TokenKind.RPAR) != null) {
                        return names;
                    }
                }
            }
            reset(mark);
            List<Alias> names = importFromAsNames();
            if (names != null && !at(TokenKind.COMMA)) {
                return names;
            }
            reset(mark);
            Token star = expect(TokenKind.STAR);
            if (star != null) {
                return List.of(new Alias("*", null, star.lineno(), star.colOffset(), star.endLineno(),
                        star.endColOffset()));
            }
            if (callInvalidRules) {
                invalidImportFromTargets();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** import_from_as_names: ','.import_from_as_name+. */
    private List<Alias> importFromAsNames() {
        enter();
        try {
            return aliases(false);
        } finally {
            leave();
        }
    }

    /** dotted_as_names: ','.dotted_as_name+. */
    private List<Alias> dottedAsNames() {
        enter();
        try {
            return aliases(true);
        } finally {
            leave();
        }
    }

    /** ','.import_from_as_name+ or ','.dotted_as_name+. */
    private List<Alias> aliases(boolean dotted) {
        int mark = pos;
        Alias first = alias(dotted);
        if (first == null) {
            reset(mark);
            return null;
        }
        List<Alias> names = new ArrayList<>();
        names.add(first);
        while (true) {
            int before = pos;
            if (expect(TokenKind.COMMA) == null) {
                break;
            }
            Alias next = alias(dotted);
            if (next == null) {
                reset(before);
                break;
            }
            names.add(next);
        }
        return names;
    }

    /** import_from_as_name: NAME ['as' NAME]; dotted_as_name: dotted_name ['as' NAME]. */
    private Alias alias(boolean dotted) {
        int mark = pos;
        Token start = peek();
        String name;
        if (dotted) {
            name = dottedName();
        } else {
            Token n = expectName();
            name = n == null ? null : n.text();
        }
        if (name == null) {
            reset(mark);
            return null;
        }
        String asname = null;
        int beforeAs = pos;
        if (expectKeyword("as") != null) {
            Token n = expectName();
            if (n != null) {
                asname = n.text();
            }
        }
        if (asname == null) {
            reset(beforeAs);
        }
        Token end = end();
        return new Alias(name, asname, start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
    }

    /** dotted_name: dotted_name '.' NAME | NAME — the names joined with dots. */
    private String dottedName() {
        Token first = expectName();
        if (first == null) {
            return null;
        }
        String name = first.text();
        StringBuilder sb = null;
        while (true) {
            int mark = pos;
            if (expect(TokenKind.DOT) == null) {
                break;
            }
            Token next = expectName();
            if (next == null) {
                reset(mark);
                break;
            }
            if (sb == null) {
                sb = new StringBuilder(name);
            }
            sb.append('.').append(next.text());
        }
        return sb == null ? name : sb.toString();
    }

    // ---- invalid rules (second pass only): each raises, or returns having matched nothing ----

    /**
     * invalid_assignment: invalid_ann_assign_target ':' expression | star_named_expression ','
     * star_named_expressions* ':' expression | expression ':' expression | (star_targets '=')*
     * star_expressions '=' | (star_targets '=')* yield_expr '=' | star_expressions augassign
     * annotated_rhs.
     */
    private void invalidAssignment() {
        enter();
        try {
            int mark = pos;
            Expr a = invalidAnnAssignTarget();
            if (a != null && expect(TokenKind.COLON) != null && expression() != null) {
                throw syntaxErrorAt(a, "only single target (not " + exprName(a) + ") can be annotated");
            }
            reset(mark);
            a = starNamedExpression();
            if (a != null && expect(TokenKind.COMMA) != null) {
                enter(); // CPython's _loop0 helper
                try {
                    while (true) {
                        int before = pos;
                        if (starNamedExpressions() == null) {
                            reset(before);
                            break;
                        }
                    }
                } finally {
                    leave();
                }
                if (expect(TokenKind.COLON) != null && expression() != null) {
                    throw syntaxErrorAt(a, "only single target (not tuple) can be annotated");
                }
            }
            reset(mark);
            a = expression();
            if (a != null && expect(TokenKind.COLON) != null && expression() != null) {
                throw syntaxErrorAt(a, "illegal target for annotation");
            }
            reset(mark);
            starTargetsAssigned();
            a = starExpressions();
            if (a != null && expect(TokenKind.EQUAL) != null) {
                ParseFailure f = invalidTarget(TargetsType.STAR_TARGETS, a);
                if (f != null) {
                    throw f;
                }
            }
            reset(mark);
            starTargetsAssigned();
            a = yieldExpr();
            if (a != null && expect(TokenKind.EQUAL) != null) {
                throw syntaxErrorAt(a, "assignment to yield expression not possible");
            }
            reset(mark);
            a = starExpressions();
            if (a != null && augassign() != null && annotatedRhs() != null) {
                throw syntaxErrorAt(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
            }
            reset(mark);
        } finally {
            leave();
        }
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'. */
    private Expr invalidAnnAssignTarget() {
        enter();
        try {
            int mark = pos;
            Expr e = list();
            if (e != null) {
                return e;
            }
            reset(mark);
            e = tuple();
            if (e != null) {
                return e;
            }
            reset(mark);
            if (expect(TokenKind.LPAR) != null) {
                e = invalidAnnAssignTarget();
                if (e != null && expect(TokenKind.RPAR) != null) {
                    return e;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** invalid_del_stmt: 'del' star_expressions. */
    private void invalidDelStmt() {
        enter();
        try {
            if (expectKeyword("del") != null) {
                Expr a = starExpressions();
                if (a != null) {
                    ParseFailure f = invalidTarget(TargetsType.DEL_TARGETS, a);
                    if (f != null) {
                        throw f;
                    }
                }
            }
        } finally {
            leave();
        }
    }

    /**
     * invalid_import: 'import' ','.dotted_name+ 'from' dotted_name | 'import' NEWLINE.
     */
    private void invalidImport() {
        enter();
        try {
            int mark = pos;
            Token a = expectKeyword("import");
            if (a == null) {
                return;
            }
            if (dottedName() != null) {
                while (true) {
                    int before = pos;
                    if (expect(TokenKind.COMMA) == null || dottedName() == null) {
                        reset(before);
                        break;
                    }
                }
                if (expectKeyword("from") != null && dottedName() != null) {
                    throw syntaxErrorStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
                }
            }
            reset(mark);
            expectKeyword("import");
            Token newline = expect(TokenKind.NEWLINE);
            if (newline != null) {
                throw syntaxErrorStartingFrom(newline, "Expected one or more names after 'import'");
            }
        } finally {
            leave();
        }
    }

    /** invalid_import_from_targets: import_from_as_names ',' NEWLINE | NEWLINE. */
    private void invalidImportFromTargets() {
        enter();
        try {
            int mark = pos;
            if (importFromAsNames() != null && expect(TokenKind.COMMA) != null && expect(TokenKind.NEWLINE) != null) {
                throw syntaxError("trailing comma not allowed without surrounding parentheses");
            }
            reset(mark);
            Token newline = expect(TokenKind.NEWLINE);
            if (newline != null) {
                throw syntaxErrorStartingFrom(newline, "Expected one or more names after 'import'");
            }
        } finally {
            leave();
        }
    }
}
