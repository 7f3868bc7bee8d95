package dev.itam.m365.graph;

import java.time.Duration;

/** Waits between attempts; tests count the pauses instead of waiting them out. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = pause -> Thread.sleep(pause.toMillis());

    void sleep(Duration pause) throws InterruptedException;
}
