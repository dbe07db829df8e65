package fr.accdatahub.support;

import java.time.Duration;

/** Waits until an assertion holds, for what happens in the background (webhook deliveries). */
public final class Eventually {

    private static final long PAUSE_MILLIS = 100;

    private Eventually() {
    }

    /** Runs {@code assertion} until it passes, failing with its last error once {@code within} has passed. */
    public static void holds(Duration within, Runnable assertion) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
