package org.pyxis.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated and pathological inputs end in a tree or a {@link ParseFailure} in bounded time: never a
 * Java exception, a {@code StackOverflowError} or a hang.
 */
class ParserRobustnessTest {
    private static final int MUTANTS = 10_000;
    /** Per input; generous for a noisy 2-core machine, far below what a hang would take. */
    private static final long TIME_LIMIT_SECONDS = 10;

    @Test
    void mutatedInputsEndInTreeOrSyntaxError() throws Exception {
        List<byte[]> seeds = seeds();
        Random random = new Random(3_13_0);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(null, r, "fuzz", 64L << 20));
        List<String> failures = new ArrayList<>();
        int syntaxErrors = 0;
        try {
            for (int i = 0; i < MUTANTS && failures.size() < 10; i++) {
                byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
                Future<Boolean> parsed = worker.submit(() -> {
                    try {
                        Parser.parse(input, "<fuzz>", Parser.Mode.EXEC);
                        return true;
                    } catch (ParseFailure e) {
                        return false;
                    }
                });
                try {
                    if (!parsed.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                        syntaxErrors++;
                    }
                } catch (ExecutionException e) {
                    failures.add(e.getCause() + " for input:\n" + new String(input, StandardCharsets.UTF_8));
                } catch (TimeoutException e) {
                    fail("no result within " + TIME_LIMIT_SECONDS + " s for input:\n"
                            + new String(input, StandardCharsets.UTF_8));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        assertTrue(failures.isEmpty(), failures.size() + " inputs raised a Java exception; first:\n"
                + String.join("\n----\n", failures));
        // Most mutants are invalid; a mutator that left everything valid would test little.
        assertTrue(syntaxErrors > MUTANTS / 4, "only " + syntaxErrors + " mutants were syntax errors");
    }

    @Test
    void hundredThousandOpenParenthesesGiveCPythonsError() {
        ParseFailure e = expectFailure("(".repeat(100_000));
        assertEquals("too many nested parentheses", e.problem().message());
        assertEquals(SyntaxProblem.Kind.SYNTAX_ERROR, e.problem().kind());
    }

    @Test
    void hundredThousandOpenBracketsGiveCPythonsError() {
        assertEquals("too many nested parentheses", expectFailure("[".repeat(100_000)).problem().message());
    }

    @Test
    void tenThousandNestedIfsGiveCPythonsError() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            src.append(" ".repeat(i)).append("if x:\n");
        }
        src.append(" ".repeat(10_000)).append("pass\n");
        ParseFailure e = expectFailure(src.toString());
        assertEquals("too many levels of indentation", e.problem().message());
        assertEquals(SyntaxProblem.Kind.INDENTATION_ERROR, e.problem().kind());
    }

    @Test
    void deepRecursionEndsInTreeOrError() {
        // CPython 3.13 answers these with MemoryError ("Parser stack overflowed - Python source too
        // complex to parse") or RecursionError; Pyxis must end in a tree or a ParseFailure, never a
        // StackOverflowError.
        for (String source : List.of("-".repeat(100_000) + "1\n", "not ".repeat(10_000) + "x\n",
                "a" + ".b".repeat(100_000) + "\n", "x" + "[0]".repeat(20_000) + "\n", "lambda: " .repeat(10_000) + "0\n")) {
            try {
                Parser.parse(source, "<deep>", Parser.Mode.EXEC);
            } catch (ParseFailure e) {
                assertTrue(e.problem().message() != null);
            }
        }
    }

    private static ParseFailure expectFailure(String source) {
        try {
            Parser.parse(source, "<deep>", Parser.Mode.EXEC);
        } catch (ParseFailure e) {
            return e;
        }
        throw new AssertionError("expected a syntax error");
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("tests/python/parser"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                seeds.add(Files.readAllBytes(p));
            }
        }
        assertTrue(seeds.size() >= 20, "the seed corpus tests/python/parser is too small");
        return seeds;
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\s+|\\w+|\\S");

    /** One random token-level or byte-level change (several, a tenth of the time). */
    static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed;
        int changes = random.nextInt(10) == 0 ? 2 + random.nextInt(6) : 1;
        for (int c = 0; c < changes; c++) {
            out = random.nextInt(4) == 0 ? flipByte(out, random) : mutateTokens(out, random);
        }
        return out;
    }

    private static byte[] flipByte(byte[] in, Random random) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        byte[] out = in.clone();
        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        return out;
    }

    private static byte[] mutateTokens(byte[] in, Random random) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(new String(in, StandardCharsets.UTF_8));
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            return "(".getBytes(StandardCharsets.UTF_8);
        }
        int i = random.nextInt(tokens.size());
        switch (random.nextInt(5)) {
            case 0 -> tokens.remove(i);
            case 1 -> tokens.add(i, tokens.get(i));
            case 2 -> {
                int j = random.nextInt(tokens.size());
                String t = tokens.get(i);
                tokens.set(i, tokens.get(j));
                tokens.set(j, t);
            }
            case 3 -> tokens.add(i, List.of("(", ")", "[", "]", "{", "}", "'", "\"", "\"\"\"", ":", "=", "\\", "\t",
                    "\n", "f'{", "*", "**", "lambda", "match", "case", "@", ",").get(random.nextInt(22)));
            default -> tokens.subList(i, tokens.size()).clear();
        }
        return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
    }
}
