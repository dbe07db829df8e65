import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The keys' baseline: Jackson's streaming parser reading every token (numbers as decimals, as the service reads
 * coefficients) of a JSON file, in seconds, the median of 5 runs after 5 warm-up runs.
 * Run: java -cp target/quarkus-app/lib/main/com.fasterxml.jackson.core.jackson-core-*.jar bench/JsonBaseline.java FILE
 */
public class JsonBaseline {

    public static void main(String[] args) throws IOException {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        JsonFactory factory = new JsonFactory();
        double[] seconds = new double[5];
        long sink = 0;
        for (int run = 0; run < 10; run++) {
            long began = System.nanoTime();
            sink += parse(factory, json);
            if (run >= 5) {
                seconds[run - 5] = (System.nanoTime() - began) / 1e9;
            }
        }
        Arrays.sort(seconds);
        System.out.printf("%.4f %d%n", seconds[2], sink);
    }

    private static long parse(JsonFactory factory, byte[] json) throws IOException {
        long tokens = 0;
        try (JsonParser parser = factory.createParser(json)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken().isNumeric()) {
                    tokens += parser.getDecimalValue().scale();
                } else {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
