package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.Mod;
import org.pyxis.parser.ast.Stmt;

/**
 * The start rules ({@code file}, {@code interactive}, {@code eval}, {@code func_type}) and what
 * holds statements together: statement lists, {@code simple_stmts} with their ';' separators, and
 * indented blocks. The statements themselves are in the classes above this one:
 * {@link SimpleStatementParser}, {@link DefinitionParser} and {@link CompoundStatementParser};
 * patterns in {@link PatternParser}.
 *
 * <p>Statement lists are loops, and only the nesting of blocks (bounded by the tokenizer's 100
 * indentation levels) recurses. Every rule counts its depth ({@link #enter()}) as CPython's
 * generated rule functions do, so that expressions nested in statements reach CPython's MAXSTACK
 * limit at the same depth.
 */
abstract class StatementParser extends CompoundStatementParser {
    static final int R_BLOCK = 600;

    StatementParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- start rules ----

    /** file: [statements] ENDMARKER. */
    final Mod file() {
        enter();
        try {
            List<Stmt> body = statements();
            if (expect(TokenKind.ENDMARKER) == null) {
                return null;
            }
            return new Mod.Module(body == null ? List.of() : body, List.of());
        } finally {
            leave();
        }
    }

    /** interactive: statement_newline. */
    final Mod interactive() {
        enter();
        try {
            List<Stmt> body = statementNewline();
            return body == null ? null : new Mod.Interactive(body);
        } finally {
            leave();
        }
    }

    /** eval: expressions NEWLINE* ENDMARKER. */
    final Mod eval() {
        enter();
        try {
            Expr body = expressions();
            if (body == null) {
                return null;
            }
            while (expect(TokenKind.NEWLINE) != null) {
                // NEWLINE*
            }
            if (expect(TokenKind.ENDMARKER) == null) {
                return null;
            }
            return new Mod.Expression(body);
        } finally {
            leave();
        }
    }

    /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER. */
    final Mod funcType() {
        enter();
        try {
            if (expect(TokenKind.LPAR) == null) {
                return null;
            }
            int mark = pos;
            List<Expr> argtypes = typeExpressions();
            if (argtypes == null) {
                reset(mark);
                argtypes = List.of();
            }
            if (expect(TokenKind.RPAR) == null || expect(TokenKind.RARROW) == null) {
                return null;
            }
            Expr returns = expression();
            if (returns == null) {
                return null;
            }
            while (expect(TokenKind.NEWLINE) != null) {
                // NEWLINE*
            }
            if (expect(TokenKind.ENDMARKER) == null) {
                return null;
            }
            return new Mod.FunctionType(argtypes, returns);
        } finally {
            leave();
        }
    }

    // ---- statement lists and blocks ----

    /** statements: statement+ (flattened). Null when there is no statement. */
    final List<Stmt> statements() {
        enter();
        enter(); // CPython's _loop1 helper for statement+
        try {
            List<Stmt> out = null;
            while (true) {
                int mark = pos;
                List<Stmt> s = statement();
                if (s == null) {
                    reset(mark);
                    break;
                }
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.addAll(s);
            }
            return out;
        } finally {
            leave();
            leave();
        }
    }

    /** statement: compound_stmt | simple_stmts. */
    private List<Stmt> statement() {
        enter();
        try {
            int mark = pos;
            Stmt compound = compoundStmt();
            if (compound != null) {
                return List.of(compound);
            }
            reset(mark);
            List<Stmt> simple = simpleStmts();
            if (simple != null) {
                return simple;
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /** statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER (fails). */
    private List<Stmt> statementNewline() {
        enter();
        try {
            int mark = pos;
            Stmt compound = compoundStmt();
            if (compound != null && expect(TokenKind.NEWLINE) != null) {
                return List.of(compound);
            }
            reset(mark);
            List<Stmt> simple = simpleStmts();
            if (simple != null) {
                return simple;
            }
            reset(mark);
            Token newline = expect(TokenKind.NEWLINE);
            if (newline != null) {
                Token end = end();
                return List.of(new Stmt.Pass(newline.lineno(), newline.colOffset(), end.endLineno(),
                        end.endColOffset()));
            }
            // ENDMARKER: CPython's _PyPegen_interactive_exit, which fails the parse.
            return null;
        } finally {
            leave();
        }
    }

    /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE. */
    private List<Stmt> simpleStmts() {
        enter();
        try {
            int mark = pos;
            Stmt first = simpleStmt();
            if (first != null && !at(TokenKind.SEMI) && expect(TokenKind.NEWLINE) != null) {
                return List.of(first);
            }
            reset(mark);
            List<Stmt> list = null;
            enter(); // CPython's _gather helper
            try {
                first = simpleStmt();
                if (first != null) {
                    list = new ArrayList<>();
                    list.add(first);
                    while (true) {
                        int before = pos;
                        if (expect(TokenKind.SEMI) == null) {
                            break;
                        }
                        Stmt next = simpleStmt();
                        if (next == null) {
                            reset(before);
                            break;
                        }
                        list.add(next);
                    }
                }
            } finally {
                leave();
            }
            if (list != null) {
                expect(TokenKind.SEMI);
                if (expect(TokenKind.NEWLINE) != null) {
                    return list;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block. Null when
     * the block does not parse.
     */
    final List<Stmt> block() {
        int mark = pos;
        Memo m = memoLookup(R_BLOCK);
        if (m != null) {
            @SuppressWarnings("unchecked")
            List<Stmt> cached = (List<Stmt>) m.node();
            return cached;
        }
        enter();
        try {
            List<Stmt> result = null;
            if (expect(TokenKind.NEWLINE) != null && expect(TokenKind.INDENT) != null) {
                List<Stmt> body = statements();
                if (body != null && expect(TokenKind.DEDENT) != null) {
                    result = body;
                }
            }
            if (result == null) {
                reset(mark);
                result = simpleStmts();
            }
            if (result == null) {
                reset(mark);
                if (callInvalidRules) {
                    invalidBlock();
                    reset(mark);
                }
            }
            return memoStore(R_BLOCK, mark, result);
        } finally {
            leave();
        }
    }

    /** invalid_block: NEWLINE !INDENT. */
    private void invalidBlock() {
        enter();
        try {
            if (expect(TokenKind.NEWLINE) != null && !at(TokenKind.INDENT)) {
                throw indentationError("expected an indented block");
            }
        } finally {
            leave();
        }
    }
}
