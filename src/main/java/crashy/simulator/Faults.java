package crashy.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Switches that make a {@link SimulatorServer} misbehave, to test how a client copes: slow answers, 500s, answers
 * that never come, broken JSON, refused logins, and the behaviours real servers are not known to agree on (which
 * filters combine, how "no reports" is said). Thread-safe; change them at any time; {@link #clear()} restores a
 * well-behaved server.
 */
public final class Faults {
    /** What happens to JSON bodies. */
    public enum Bodies {
        INTACT,
        /** A body that is not JSON at all, still labelled as JSON. */
        GARBAGE,
        /** The first half of the real body. */
        TRUNCATED
    }

    /** What the server does with {@code /api/jobs?States=…&IdOnly=true}, which the documentation never shows. */
    public enum StatesWithIdOnly {
        /** The ids of the jobs in those states. */
        HONOUR_BOTH,
        /** Full jobs in those states, as if IdOnly were not there. */
        IGNORE_ID_ONLY,
        /** The ids of every job, as if States were not there. */
        IGNORE_STATES
    }

    private final Random random = new Random(7);
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;
    private volatile double failureFraction;
    private volatile Bodies bodies = Bodies.INTACT;
    private volatile boolean unauthorized;
    private volatile StatesWithIdOnly statesWithIdOnly = StatesWithIdOnly.HONOUR_BOTH;
    private volatile boolean noReportsAsText;
    private boolean hanging;
    private boolean stopped;

    /** Every answer waits this long first. */
    public void setLatency(Duration delay) {
        this.latency = Objects.requireNonNull(delay, "delay");
    }

    /** This share of requests (0-1, drawn from a fixed seed) is answered 500. */
    public void setFailureFraction(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0-1");
        }
        this.failureFraction = fraction;
    }

    /** The next {@code count} requests are answered 500. */
    public void failNext(int count) {
        failNext.set(count);
    }

    /** While on, requests get no answer at all; they are let go when this is switched off or the server stops. */
    public synchronized void setHanging(boolean hang) {
        hanging = hang;
        notifyAll();
    }

    public void setBodies(Bodies mode) {
        this.bodies = Objects.requireNonNull(mode, "mode");
    }

    /** Every {@code /api} request is refused with 401, whatever its credentials. */
    public void setForceUnauthorized(boolean refuse) {
        this.unauthorized = refuse;
    }

    public void setStatesWithIdOnly(StatesWithIdOnly behaviour) {
        this.statesWithIdOnly = Objects.requireNonNull(behaviour, "behaviour");
    }

    /** Empty report lists are answered with the documentation's plain-text "no reports" message instead of []. */
    public void setNoReportsAsText(boolean asText) {
        this.noReportsAsText = asText;
    }

    public void clear() {
        setLatency(Duration.ZERO);
        setFailureFraction(0);
        failNext(0);
        setHanging(false);
        setBodies(Bodies.INTACT);
        setForceUnauthorized(false);
        setStatesWithIdOnly(StatesWithIdOnly.HONOUR_BOTH);
        setNoReportsAsText(false);
    }

    Bodies bodies() {
        return bodies;
    }

    boolean unauthorized() {
        return unauthorized;
    }

    StatesWithIdOnly statesWithIdOnly() {
        return statesWithIdOnly;
    }

    boolean noReportsAsText() {
        return noReportsAsText;
    }

    boolean failsThisRequest() {
        if (failNext.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return true;
        }
        double fraction = failureFraction;
        synchronized (random) {
            return fraction > 0 && random.nextDouble() < fraction;
        }
    }

    /**
     * Waits out the latency and any hang; false if the server stopped meanwhile and the request must be dropped.
     * Waits on this object, not with a sleep, so that stopping the server lets every waiting request go at once.
     */
    synchronized boolean awaitTurn() throws InterruptedException {
        long deadline = System.nanoTime() + latency.toNanos();
        for (long left = deadline - System.nanoTime(); left > 0 && !stopped; left = deadline - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
        while (hanging && !stopped) {
            wait();
        }
        return !stopped;
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }
}
