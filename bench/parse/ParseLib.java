import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.pyxis.parser.ParseFailure;
import org.pyxis.parser.Parser;

/**
 * Parses every .py file under a directory with Pyxis's parser. With --once, one pass (for timing a
 * cold process from outside); otherwise warm-up passes, then timed passes whose median is printed
 * as "median_seconds <s>".
 */
public final class ParseLib {
    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args[0]);
        boolean once = args.length > 1 && args[1].equals("--once");
        List<byte[]> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(lib)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                sources.add(Files.readAllBytes(p));
                names.add(p.toString());
            }
        }
        if (once) {
            System.out.println("files " + pass(sources, names));
            return;
        }
        for (int i = 0; i < 5; i++) {
            pass(sources, names);
        }
        double[] times = new double[7];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            pass(sources, names);
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        System.out.printf("median_seconds %.4f%n", times[times.length / 2]);
    }

    private static int pass(List<byte[]> sources, List<String> names) {
        int ok = 0;
        for (int i = 0; i < sources.size(); i++) {
            try {
                Parser.parse(sources.get(i), names.get(i), Parser.Mode.EXEC);
                ok++;
            } catch (ParseFailure e) {
                // The library has a few deliberately invalid files; CPython rejects them too.
            }
        }
        return ok;
    }
}
