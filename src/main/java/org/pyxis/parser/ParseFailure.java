package org.pyxis.parser;

/**
 * Carries a {@link SyntaxProblem} out of the tokenizer or parser. It is a control-flow carrier: it
 * records no Java stack trace, so raising it is cheap.
 */
public final class ParseFailure extends RuntimeException {
    private final transient SyntaxProblem problem;

    public ParseFailure(SyntaxProblem problem) {
        super(null, null, false, false);
        this.problem = problem;
    }

    public SyntaxProblem problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return problem.kind().pythonName + ": " + problem.message() + " (" + problem.filename() + ", line "
                + problem.lineno() + ")";
    }
}
