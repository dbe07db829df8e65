import fr.accdatahub.allocation.AllocationEngine;
import fr.accdatahub.allocation.StepAllocation;
import java.util.Random;

/**
 * Throughput of the annex 7 engine alone, in (producer, consumer, step) cells per second, next to a plain loop over
 * the same arrays as a baseline. Run: java -cp target/classes bench/EngineBench.java [producers consumers]
 * (target: at least 50 million cells per second for 10 x 200).
 */
public class EngineBench {

    public static void main(String[] args) {
        int producers = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int consumers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int steps = 2976;
        Random random = new Random(1);
        double[][] production = new double[steps][producers];
        double[][] consumption = new double[steps][consumers];
        double[] keys = new double[producers * consumers];
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < producers; i++) {
                production[s][i] = random.nextDouble() * 30_000;
            }
            for (int j = 0; j < consumers; j++) {
                consumption[s][j] = random.nextDouble() * 3_000;
            }
        }
        for (int k = 0; k < keys.length; k++) {
            keys[k] = 1.0 / consumers;
        }
        AllocationEngine engine = new AllocationEngine(producers, consumers);
        StepAllocation out = new StepAllocation(producers, consumers);
        double[] pairs = new double[producers * consumers * 4];
        int[] classOf = new int[consumers];
        long cells = (long) producers * consumers * steps;
        double sink = 0;
        for (int round = 0; round < 8; round++) {
            long began = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                engine.allocate(production[s], consumption[s], keys, out, 0.25, classOf, 4, pairs);
            }
            long engineNanos = System.nanoTime() - began;
            began = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                double[] p = production[s];
                for (int i = 0; i < producers; i++) {
                    int row = i * consumers;
                    for (int j = 0; j < consumers; j++) {
                        sink += p[i] * keys[row + j];
                    }
                }
            }
            long loopNanos = System.nanoTime() - began;
            if (round >= 3) {
                System.out.printf("%d x %d, %d steps: engine %.1f M cells/s, plain loop %.1f M cells/s, ratio %.2f%n",
                        producers, consumers, steps, cells * 1e3 / engineNanos, cells * 1e3 / loopNanos,
                        (double) loopNanos / engineNanos);
            }
        }
        System.out.println(sink > 0 ? "" : " ");
    }
}
