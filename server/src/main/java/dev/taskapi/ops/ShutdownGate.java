package dev.taskapi.ops;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains the instance before the web server stops. It is the first thing a shutdown stops (the highest
 * phase stops first): from then on new requests are refused with a 503 problem that tells the client to
 * retry (by {@link ShutdownGateFilter}), and the shutdown waits until the requests already accepted have
 * answered. Only then does the web server pause and the pool close, so no accepted request loses its
 * database. Tomcat's own graceful shutdown would pause the connector at once and answer requests on open
 * connections with an empty 503, which no client can read as our problem.
 */
@Component
class ShutdownGate implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownGate.class);

    private final long drainTimeoutNanos;
    private final Object monitor = new Object();
    private int inFlight;
    private boolean closed;
    private volatile boolean running;

    ShutdownGate(ShutdownProperties properties) {
        this.drainTimeoutNanos = properties.drainTimeout().toNanos();
    }

    /** Admits a request unless the instance is shutting down; an admitted request must {@link #leave()}. */
    boolean enter(boolean evenWhenClosed) {
        synchronized (monitor) {
            if (closed && !evenWhenClosed) {
                return false;
            }
            inFlight++;
            return true;
        }
    }

    void leave() {
        synchronized (monitor) {
            inFlight--;
            if (inFlight == 0) {
                monitor.notifyAll();
            }
        }
    }

    @Override
    public void start() {
        synchronized (monitor) {
            closed = false;
        }
        running = true;
    }

    @Override
    public void stop() {
        long deadline = System.nanoTime() + drainTimeoutNanos;
        synchronized (monitor) {
            closed = true;
            if (inFlight > 0) {
                log.info("Shutting down: refusing new requests, waiting for {} in flight", inFlight);
            }
            try {
                while (inFlight > 0 && System.nanoTime() < deadline) {
                    TimeUnit.NANOSECONDS.timedWait(monitor, deadline - System.nanoTime());
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            if (inFlight > 0) {
                log.warn("Shutting down with {} requests still in flight after the drain timeout", inFlight);
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before everything else, the web server's own graceful shutdown included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
