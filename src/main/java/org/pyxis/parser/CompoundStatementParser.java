package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.ExceptHandler;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.Stmt;
import org.pyxis.parser.ast.WithItem;

/**
 * Compound statements other than definitions: {@code compound_stmt} and {@code if},
 * {@code while}, {@code for}, {@code with} and {@code try} ({@code match} is in {@link
 * PatternParser}), with their {@code invalid_*} rules: the "expected ':'" errors and the
 * IndentationErrors "expected an indented block after ... on line N".
 *
 * <p>An elif chain, right-recursive in CPython's grammar, is read by a loop ({@link #conditional})
 * so that its length costs no Java stack; the depth counter still follows CPython's nesting.
 */
abstract class CompoundStatementParser extends DefinitionParser {
    CompoundStatementParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- compound_stmt ----

    /**
     * compound_stmt: &('def' | '@' | 'async') function_def | &'if' if_stmt | &('class' | '@')
     * class_def | &('with' | 'async') with_stmt | &('for' | 'async') for_stmt | &'try' try_stmt |
     * &'while' while_stmt | match_stmt.
     */
    Stmt compoundStmt() {
        enter();
        try {
            int mark = pos;
            Token t = peek();
            boolean name = t.kind() == TokenKind.NAME && spelledAsText(t);
            boolean at = t.kind() == TokenKind.AT;
            boolean async = name && t.text().equals("async");
            Stmt s;
            if (at || async || name && t.text().equals("def")) {
                s = functionDef();
                if (s != null) {
                    return s;
                }
                reset(mark);
            }
            if (name && t.text().equals("if")) {
                s = ifStmt();
                if (s != null) {
                    return s;
                }
                reset(mark);
            }
            if (at || name && t.text().equals("class")) {
                s = classDef();
                if (s != null) {
                    return s;
                }
                reset(mark);
            }
            if (async || name && t.text().equals("with")) {
                s = withStmt();
                if (s != null) {
                    return s;
                }
                reset(mark);
            }
            if (async || name && t.text().equals("for")) {
                s = forStmt();
                if (s != null) {
                    return s;
                }
                reset(mark);
            }
            if (name && t.text().equals("try")) {
                s = tryStmt();
                if (s != null) {
                    return s;
                }
                reset(mark);
            }
            if (name && t.text().equals("while")) {
                s = whileStmt();
                if (s != null) {
                    return s;
                }
                reset(mark);
            }
            s = matchStmt();
            if (s != null) {
                return s;
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    // ---- if and while ----

    /**
     * if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt | 'if'
     * named_expression ':' block [else_block]. The elif chain (CPython's right-recursive
     * elif_stmt) is read by a loop, then nested from the last clause outwards.
     */
    private Stmt ifStmt() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidIfStmt();
                reset(mark);
            }
            return conditional("if");
        } finally {
            leave();
        }
    }

    /** One if or elif clause: its keyword, test and body. */
    private record Clause(Token keyword, Expr test, List<Stmt> body) {}

    /**
     * The 'if' (or first 'elif') clause and the elif clauses after it, with the final else block.
     * CPython nests one elif_stmt rule call per elif; the depth counter does the same so that a
     * long chain ends in the same MemoryError.
     */
    private Stmt conditional(String keyword) {
        int mark = pos;
        Clause first = clause(keyword);
        if (first == null) {
            reset(mark);
            return null;
        }
        List<Clause> clauses = new ArrayList<>();
        clauses.add(first);
        int depth = 0;
        List<Stmt> orelse = null;
        try {
            while (true) {
                int beforeElif = pos;
                enter(); // elif_stmt
                depth++;
                if (callInvalidRules) {
                    invalidElifStmt();
                    reset(beforeElif);
                }
                Clause elif = clause("elif");
                if (elif == null) {
                    reset(beforeElif);
                    break;
                }
                clauses.add(elif);
            }
            // The elif_stmt call that found no more elif has returned; the last clause's
            // [else_block] is read at the depth of that call.
            level--;
            depth--;
            int beforeElse = pos;
            orelse = elseBlock();
            if (orelse == null) {
                reset(beforeElse);
            }
        } finally {
            level -= depth;
        }
        Stmt result = null;
        Token end = end();
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Clause c = clauses.get(i);
            List<Stmt> tail = result != null ? List.of(result) : orelse == null ? List.of() : orelse;
            result = new Stmt.If(c.test(), c.body(), tail, c.keyword().lineno(), c.keyword().colOffset(),
                    end.endLineno(), end.endColOffset());
        }
        return result;
    }

    /** keyword named_expression ':' block, for 'if' and 'elif'. */
    private Clause clause(String keyword) {
        int mark = pos;
        Token kw = expectKeyword(keyword);
        if (kw != null) {
            Expr test = namedExpression();
            if (test != null && expect(TokenKind.COLON) != null) {
                List<Stmt> body = block();
                if (body != null) {
                    return new Clause(kw, test, body);
                }
            }
        }
        reset(mark);
        return null;
    }

    /** else_block: invalid_else_stmt | 'else' &&':' block. */
    private List<Stmt> elseBlock() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidElseStmt();
                reset(mark);
            }
            if (expectKeyword("else") == null) {
                return null;
            }
            expectForced(TokenKind.COLON, ":");
            List<Stmt> body = block();
            if (body == null) {
                reset(mark);
            }
            return body;
        } finally {
            leave();
        }
    }

    /** [else_block]: the else block, or an empty list. */
    private List<Stmt> optionalElseBlock() {
        int mark = pos;
        List<Stmt> orelse = elseBlock();
        if (orelse == null) {
            reset(mark);
            return List.of();
        }
        return orelse;
    }

    /** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]. */
    private Stmt whileStmt() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidWhileStmt();
                reset(mark);
            }
            Token start = expectKeyword("while");
            if (start == null) {
                return null;
            }
            Expr test = namedExpression();
            if (test == null || expect(TokenKind.COLON) == null) {
                reset(mark);
                return null;
            }
            List<Stmt> body = block();
            if (body == null) {
                reset(mark);
                return null;
            }
            List<Stmt> orelse = optionalElseBlock();
            Token end = end();
            return new Stmt.While(test, body, orelse, start.lineno(), start.colOffset(), end.endLineno(),
                    end.endColOffset());
        } finally {
            leave();
        }
    }

    // ---- for and with ----

    /**
     * for_stmt: invalid_for_stmt | ['async'] 'for' star_targets 'in' ~ star_expressions ':'
     * [TYPE_COMMENT] block [else_block] | invalid_for_target.
     */
    private Stmt forStmt() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidForStmt();
                reset(mark);
            }
            for (boolean async : new boolean[] {false, true}) {
                Token start = peek();
                if (async && expectKeyword("async") == null) {
                    break;
                }
                if (expectKeyword("for") != null) {
                    Expr target = starTargets();
                    if (target != null && expectKeyword("in") != null) {
                        // The cut: from here, failing fails the whole rule.
                        Expr iter = starExpressions();
                        if (iter == null || expect(TokenKind.COLON) == null) {
                            reset(mark);
                            return null;
                        }
                        List<Stmt> body = block();
                        if (body == null) {
                            reset(mark);
                            return null;
                        }
                        List<Stmt> orelse = optionalElseBlock();
                        Token end = end();
                        return async
                                ? new Stmt.AsyncFor(target, iter, body, orelse, null, start.lineno(),
                                        start.colOffset(), end.endLineno(), end.endColOffset())
                                : new Stmt.For(target, iter, body, orelse, null, start.lineno(), start.colOffset(),
                                        end.endLineno(), end.endColOffset());
                    }
                }
                reset(mark);
            }
            if (callInvalidRules) {
                invalidForTarget();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * with_stmt: invalid_with_stmt_indent | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
     * | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block | invalid_with_stmt.
     */
    private Stmt withStmt() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidWithStmtIndent();
                reset(mark);
            }
            Stmt s = withStmt(false, true);
            if (s == null) {
                reset(mark);
                s = withStmt(false, false);
            }
            if (s == null) {
                reset(mark);
                s = withStmt(true, true);
            }
            if (s == null) {
                reset(mark);
                s = withStmt(true, false);
            }
            if (s != null) {
                return s;
            }
            reset(mark);
            if (callInvalidRules) {
                invalidWithStmt();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    private Stmt withStmt(boolean async, boolean parenthesized) {
        Token start = peek();
        if (async && expectKeyword("async") == null) {
            return null;
        }
        if (expectKeyword("with") == null) {
            return null;
        }
        if (parenthesized && expect(TokenKind.LPAR) == null) {
            return null;
        }
        List<WithItem> items = withItems();
        if (items == null) {
            return null;
        }
        if (parenthesized) {
            expect(TokenKind.COMMA);
            if (expect(TokenKind.RPAR) == null) {
                return null;
            }
        }
        if (expect(TokenKind.COLON) == null) {
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            return null;
        }
        Token end = end();
        return async
                ? new Stmt.AsyncWith(items, body, null, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset())
                : new Stmt.With(items, body, null, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset());
    }

    /** ','.with_item+. */
    private List<WithItem> withItems() {
        return gather(this::withItem);
    }

    /**
     * with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression.
     */
    private WithItem withItem() {
        enter();
        try {
            int mark = pos;
            Expr e = expression();
            if (e != null && expectKeyword("as") != null) {
                Expr target = starTarget();
                if (target != null && (at(TokenKind.COMMA) || at(TokenKind.RPAR) || at(TokenKind.COLON))) {
                    return new WithItem(e, target);
                }
            }
            reset(mark);
            if (callInvalidRules) {
                invalidWithItem();
                reset(mark);
            }
            e = expression();
            if (e != null) {
                return new WithItem(e, null);
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    // ---- try ----

    /**
     * try_stmt: invalid_try_stmt | 'try' &&':' block finally_block | 'try' &&':' block
     * except_block+ [else_block] [finally_block] | 'try' &&':' block except_star_block+
     * [else_block] [finally_block].
     */
    private Stmt tryStmt() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidTryStmt();
                reset(mark);
            }
            for (int alternative = 0; alternative < 3; alternative++) {
                reset(mark);
                Token start = expectKeyword("try");
                if (start == null) {
                    return null;
                }
                expectForced(TokenKind.COLON, ":");
                List<Stmt> body = block();
                if (body == null) {
                    continue;
                }
                if (alternative == 0) {
                    List<Stmt> finalbody = finallyBlock();
                    if (finalbody == null) {
                        continue;
                    }
                    Token end = end();
                    return new Stmt.Try(body, List.of(), List.of(), finalbody, start.lineno(), start.colOffset(),
                            end.endLineno(), end.endColOffset());
                }
                boolean star = alternative == 2;
                List<ExceptHandler> handlers = exceptBlocks(star);
                if (handlers == null) {
                    continue;
                }
                List<Stmt> orelse = optionalElseBlock();
                int beforeFinally = pos;
                List<Stmt> finalbody = finallyBlock();
                if (finalbody == null) {
                    reset(beforeFinally);
                    finalbody = List.of();
                }
                Token end = end();
                return star
                        ? new Stmt.TryStar(body, handlers, orelse, finalbody, start.lineno(), start.colOffset(),
                                end.endLineno(), end.endColOffset())
                        : new Stmt.Try(body, handlers, orelse, finalbody, start.lineno(), start.colOffset(),
                                end.endLineno(), end.endColOffset());
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** except_block+ or except_star_block+; null when there is none. */
    private List<ExceptHandler> exceptBlocks(boolean star) {
        enter(); // CPython's _loop1 helper
        try {
            List<ExceptHandler> handlers = null;
            while (true) {
                int mark = pos;
                ExceptHandler h = star ? exceptStarBlock() : exceptBlock();
                if (h == null) {
                    reset(mark);
                    break;
                }
                if (handlers == null) {
                    handlers = new ArrayList<>();
                }
                handlers.add(h);
            }
            return handlers;
        } finally {
            leave();
        }
    }

    /**
     * except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block |
     * 'except' ':' block | invalid_except_stmt.
     */
    private ExceptHandler exceptBlock() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidExceptStmtIndent();
                reset(mark);
            }
            Token start = expectKeyword("except");
            if (start == null) {
                return null;
            }
            int afterExcept = pos;
            Expr type = expression();
            if (type != null) {
                Token asName = optionalAsName();
                if (expect(TokenKind.COLON) != null) {
                    List<Stmt> body = block();
                    if (body != null) {
                        return handler(start, type, asName, body);
                    }
                }
            }
            reset(afterExcept);
            if (expect(TokenKind.COLON) != null) {
                List<Stmt> body = block();
                if (body != null) {
                    return handler(start, null, null, body);
                }
            }
            reset(mark);
            if (callInvalidRules) {
                invalidExceptStmt();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    /**
     * except_star_block: invalid_except_star_stmt_indent | 'except' '*' expression ['as' NAME] ':'
     * block | invalid_except_stmt.
     */
    private ExceptHandler exceptStarBlock() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidExceptStarStmtIndent();
                reset(mark);
            }
            Token start = expectKeyword("except");
            if (start != null && expect(TokenKind.STAR) != null) {
                Expr type = expression();
                if (type != null) {
                    Token asName = optionalAsName();
                    if (expect(TokenKind.COLON) != null) {
                        List<Stmt> body = block();
                        if (body != null) {
                            return handler(start, type, asName, body);
                        }
                    }
                }
            }
            reset(mark);
            if (callInvalidRules) {
                invalidExceptStmt();
                reset(mark);
            }
            return null;
        } finally {
            leave();
        }
    }

    private ExceptHandler handler(Token start, Expr type, Token asName, List<Stmt> body) {
        Token end = end();
        return new ExceptHandler(type, asName == null ? null : asName.text(), body, start.lineno(),
                start.colOffset(), end.endLineno(), end.endColOffset());
    }

    /** ['as' NAME]: the NAME token, or null (position restored). */
    private Token optionalAsName() {
        enter(); // CPython's _tmp helper
        try {
            int mark = pos;
            if (expectKeyword("as") != null) {
                Token n = expectName();
                if (n != null) {
                    return n;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** finally_block: invalid_finally_stmt | 'finally' &&':' block. */
    private List<Stmt> finallyBlock() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidFinallyStmt();
                reset(mark);
            }
            if (expectKeyword("finally") == null) {
                return null;
            }
            expectForced(TokenKind.COLON, ":");
            List<Stmt> body = block();
            if (body == null) {
                reset(mark);
            }
            return body;
        } finally {
            leave();
        }
    }

    // ---- invalid rules (second pass only) ----

    /**
     * The "expected ':'" and "expected an indented block" rules of if, elif and while:
     * keyword named_expression NEWLINE | keyword named_expression ':' NEWLINE !INDENT.
     */
    private void invalidConditional(String keyword) {
        int mark = pos;
        if (expectKeyword(keyword) != null && namedExpression() != null && expect(TokenKind.NEWLINE) != null) {
            throw syntaxError("expected ':'");
        }
        reset(mark);
        Token a = expectKeyword(keyword);
        if (a != null && namedExpression() != null && expect(TokenKind.COLON) != null
                && expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
            throw indentationError(
                    "expected an indented block after '" + keyword + "' statement on line " + a.lineno());
        }
    }

    /** invalid_if_stmt. */
    private void invalidIfStmt() {
        enter();
        try {
            invalidConditional("if");
        } finally {
            leave();
        }
    }

    /** invalid_elif_stmt. */
    private void invalidElifStmt() {
        enter();
        try {
            invalidConditional("elif");
        } finally {
            leave();
        }
    }

    /** invalid_while_stmt. */
    private void invalidWhileStmt() {
        enter();
        try {
            invalidConditional("while");
        } finally {
            leave();
        }
    }

    /** invalid_else_stmt: 'else' ':' NEWLINE !INDENT. */
    private void invalidElseStmt() {
        enter();
        try {
            indentedBlockMissing("else", "'else' statement");
        } finally {
            leave();
        }
    }

    /** invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT. */
    private void invalidFinallyStmt() {
        enter();
        try {
            indentedBlockMissing("finally", "'finally' statement");
        } finally {
            leave();
        }
    }

    /** keyword ':' NEWLINE !INDENT, raising "expected an indented block after ...". */
    private void indentedBlockMissing(String keyword, String what) {
        Token a = expectKeyword(keyword);
        if (a != null && expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null
                && !at(TokenKind.INDENT)) {
            throw indentationError("expected an indented block after " + what + " on line " + a.lineno());
        }
    }

    /**
     * invalid_for_stmt: ['async'] 'for' star_targets 'in' star_expressions NEWLINE | ['async']
     * 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT.
     */
    private void invalidForStmt() {
        enter();
        try {
            int mark = pos;
            expectKeyword("async");
            if (expectKeyword("for") != null && starTargets() != null && expectKeyword("in") != null
                    && starExpressions() != null && expect(TokenKind.NEWLINE) != null) {
                throw syntaxError("expected ':'");
            }
            reset(mark);
            expectKeyword("async");
            Token a = expectKeyword("for");
            if (a != null && starTargets() != null && expectKeyword("in") != null && starExpressions() != null
                    && expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null
                    && !at(TokenKind.INDENT)) {
                throw indentationError("expected an indented block after 'for' statement on line " + a.lineno());
            }
        } finally {
            leave();
        }
    }

    /** invalid_for_target: 'async'? 'for' star_expressions. */
    private void invalidForTarget() {
        enter();
        try {
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
        } finally {
            leave();
        }
    }

    /**
     * The with-items of the invalid with rules: ','.(expression ['as' star_target])+, or with
     * {@code tuples} ','.(expressions ['as' star_target])+ as inside parentheses.
     */
    private boolean looseWithItems(boolean tuples) {
        // A gather of groups, each with its optional group ['as' star_target], as in CPython.
        return gather(() -> group(() -> {
            Expr e = tuples ? expressions() : expression();
            if (e != null) {
                int beforeAs = pos;
                if (group(() -> expectKeyword("as") != null ? starTarget() : null) == null) {
                    reset(beforeAs);
                }
            }
            return e;
        })) != null;
    }

    /**
     * invalid_with_stmt: ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE | ['async']
     * 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE.
     */
    private void invalidWithStmt() {
        enter();
        try {
            int mark = pos;
            expectKeyword("async");
            if (expectKeyword("with") != null && looseWithItems(false) && expect(TokenKind.NEWLINE) != null) {
                throw syntaxError("expected ':'");
            }
            reset(mark);
            expectKeyword("async");
            if (expectKeyword("with") != null && expect(TokenKind.LPAR) != null && looseWithItems(true)) {
                expect(TokenKind.COMMA);
                if (expect(TokenKind.RPAR) != null && expect(TokenKind.NEWLINE) != null) {
                    throw syntaxError("expected ':'");
                }
            }
        } finally {
            leave();
        }
    }

    /**
     * invalid_with_stmt_indent: ['async'] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE
     * !INDENT | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE
     * !INDENT.
     */
    private void invalidWithStmtIndent() {
        enter();
        try {
            int mark = pos;
            expectKeyword("async");
            Token a = expectKeyword("with");
            if (a != null && looseWithItems(false) && expect(TokenKind.COLON) != null
                    && expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
                throw indentationError("expected an indented block after 'with' statement on line " + a.lineno());
            }
            reset(mark);
            expectKeyword("async");
            a = expectKeyword("with");
            if (a != null && expect(TokenKind.LPAR) != null && looseWithItems(true)) {
                expect(TokenKind.COMMA);
                if (expect(TokenKind.RPAR) != null && expect(TokenKind.COLON) != null
                        && expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
                    throw indentationError(
                            "expected an indented block after 'with' statement on line " + a.lineno());
                }
            }
        } finally {
            leave();
        }
    }

    /** invalid_with_item: expression 'as' expression &(',' | ')' | ':'). */
    private void invalidWithItem() {
        enter();
        try {
            if (expression() != null && expectKeyword("as") != null) {
                Expr a = expression();
                if (a != null && (at(TokenKind.COMMA) || at(TokenKind.RPAR) || at(TokenKind.COLON))) {
                    ParseFailure f = invalidTarget(TargetsType.STAR_TARGETS, a);
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
     * invalid_try_stmt: 'try' ':' NEWLINE !INDENT | 'try' ':' block !('except' | 'finally') |
     * 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':' | 'try' ':' block*
     * except_star_block+ 'except' [expression ['as' NAME]] ':'.
     */
    private void invalidTryStmt() {
        enter();
        try {
            int mark = pos;
            Token a = expectKeyword("try");
            if (a == null || expect(TokenKind.COLON) == null) {
                return;
            }
            int afterColon = pos;
            if (expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
                throw indentationError("expected an indented block after 'try' statement on line " + a.lineno());
            }
            reset(afterColon);
            if (block() != null && !atKeyword("except") && !atKeyword("finally")) {
                throw syntaxError("expected 'except' or 'finally' block");
            }
            for (boolean star : new boolean[] {false, true}) {
                reset(afterColon);
                blocks();
                if (exceptBlocks(star) == null) {
                    continue;
                }
                Token except = expectKeyword("except");
                if (except == null) {
                    continue;
                }
                if (!star) {
                    Token starToken = expect(TokenKind.STAR);
                    if (starToken != null && expression() != null) {
                        optionalAsName();
                        if (expect(TokenKind.COLON) != null) {
                            throw syntaxErrorRange(except, starToken,
                                    "cannot have both 'except' and 'except*' on the same 'try'");
                        }
                    }
                } else {
                    int beforeType = pos;
                    if (expression() != null) {
                        optionalAsName();
                    } else {
                        reset(beforeType);
                    }
                    if (expect(TokenKind.COLON) != null) {
                        throw syntaxErrorAt(except, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
            reset(mark);
        } finally {
            leave();
        }
    }

    /** block*: any number of blocks. */
    private void blocks() {
        enter(); // CPython's _loop0 helper
        try {
            while (true) {
                int mark = pos;
                if (block() == null) {
                    reset(mark);
                    return;
                }
            }
        } finally {
            leave();
        }
    }

    /**
     * invalid_except_stmt: 'except' '*'? expression ',' expressions ['as' NAME] ':' | 'except'
     * '*'? expression ['as' NAME] NEWLINE | 'except' NEWLINE | 'except' '*' (NEWLINE | ':').
     */
    private void invalidExceptStmt() {
        enter();
        try {
            int mark = pos;
            if (expectKeyword("except") != null) {
                expect(TokenKind.STAR);
                Expr a = expression();
                if (a != null && expect(TokenKind.COMMA) != null && expressions() != null) {
                    optionalAsName();
                    if (expect(TokenKind.COLON) != null) {
                        throw syntaxErrorStartingFrom(a, "multiple exception types must be parenthesized");
                    }
                }
            }
            reset(mark);
            if (expectKeyword("except") != null) {
                expect(TokenKind.STAR);
                if (expression() != null) {
                    optionalAsName();
                    if (expect(TokenKind.NEWLINE) != null) {
                        throw syntaxError("expected ':'");
                    }
                }
            }
            reset(mark);
            if (expectKeyword("except") != null && expect(TokenKind.NEWLINE) != null) {
                throw syntaxError("expected ':'");
            }
            reset(mark);
            if (expectKeyword("except") != null && expect(TokenKind.STAR) != null
                    && (expect(TokenKind.NEWLINE) != null || expect(TokenKind.COLON) != null)) {
                throw syntaxError("expected one or more exception types");
            }
            reset(mark);
        } finally {
            leave();
        }
    }

    /**
     * invalid_except_stmt_indent: 'except' expression ['as' NAME] ':' NEWLINE !INDENT | 'except'
     * ':' NEWLINE !INDENT.
     */
    private void invalidExceptStmtIndent() {
        enter();
        try {
            int mark = pos;
            Token a = expectKeyword("except");
            if (a != null && expression() != null) {
                optionalAsName();
                if (expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
                    throw indentationError(
                            "expected an indented block after 'except' statement on line " + a.lineno());
                }
            }
            reset(mark);
            a = expectKeyword("except");
            if (a != null && expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null
                    && !at(TokenKind.INDENT)) {
                throw indentationError("expected an indented block after 'except' statement on line " + a.lineno());
            }
            reset(mark);
        } finally {
            leave();
        }
    }

    /** invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT. */
    private void invalidExceptStarStmtIndent() {
        enter();
        try {
            Token a = expectKeyword("except");
            if (a != null && expect(TokenKind.STAR) != null && expression() != null) {
                optionalAsName();
                if (expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
                    throw indentationError(
                            "expected an indented block after 'except*' statement on line " + a.lineno());
                }
            }
        } finally {
            leave();
        }
    }
}
