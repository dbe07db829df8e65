package fr.accdatahub.allocation;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of the annex 7 engine: one step allocated, with its pair shares, per operation; and a plain loop over
 * the same arrays as the baseline. Cells per second = operations per second × producers × consumers.
 * Run: ./mvnw -Pjmh test-compile exec:exec
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class AllocationEngineBenchmark {

    private static final int STEPS = 96;

    @Param({"3x3", "10x200", "50x500"})
    public String size;

    private int producers;
    private int consumers;
    private double[][] production;
    private double[][] consumption;
    private double[] keys;
    private AllocationEngine engine;
    private StepAllocation out;
    private double[] pairs;
    private int[] classOf;

    @Setup
    public void setUp() {
        String[] parts = size.split("x");
        producers = Integer.parseInt(parts[0]);
        consumers = Integer.parseInt(parts[1]);
        Random random = new Random(1);
        production = new double[STEPS][producers];
        consumption = new double[STEPS][consumers];
        for (int s = 0; s < STEPS; s++) {
            for (int i = 0; i < producers; i++) {
                production[s][i] = random.nextDouble() * 30_000;
            }
            for (int j = 0; j < consumers; j++) {
                consumption[s][j] = random.nextDouble() * 3_000;
            }
        }
        keys = new double[producers * consumers];
        Arrays.fill(keys, 1.0 / consumers);
        engine = new AllocationEngine(producers, consumers);
        out = new StepAllocation(producers, consumers);
        pairs = new double[producers * consumers * 4];
        classOf = new int[consumers];
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public void engine(Blackhole hole) {
        for (int s = 0; s < STEPS; s++) {
            engine.allocate(production[s], consumption[s], keys, out, 0.25, classOf, 4, pairs);
        }
        hole.consume(out);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double plainLoop() {
        double sum = 0;
        for (int s = 0; s < STEPS; s++) {
            double[] p = production[s];
            for (int i = 0; i < producers; i++) {
                int row = i * consumers;
                for (int j = 0; j < consumers; j++) {
                    sum += p[i] * keys[row + j];
                }
            }
        }
        return sum;
    }
}
