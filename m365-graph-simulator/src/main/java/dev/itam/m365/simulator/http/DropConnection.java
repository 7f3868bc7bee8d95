package dev.itam.m365.simulator.http;

/**
 * Thrown by a handler to drop the connection without a response: the JDK server closes the
 * socket, and the client sees the connection end before any status line.
 */
public class DropConnection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DropConnection() {
        super("connection dropped on purpose", null, false, false);
    }
}
