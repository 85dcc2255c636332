package org.pyxis.parser.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed node sources are exactly what {@link GenerateAst} makes of the declaration list. */
class GeneratedAstIsCurrentTest {
    @Test
    void generatedSourcesMatchDeclarations() throws IOException {
        Map<String, String> expected = GenerateAst.generate(Files.readString(GenerateAst.DECLARATIONS));
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(file.getValue(), Files.readString(GenerateAst.OUTPUT.resolve(file.getKey())),
                    file.getKey() + " is stale: run GenerateAst");
        }
    }
}
