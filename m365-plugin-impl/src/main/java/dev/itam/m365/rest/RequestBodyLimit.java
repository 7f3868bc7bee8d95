package dev.itam.m365.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Bounds every request body of the API: {@value #DEFAULT_MEGABYTES} MB, or what the operation's
 * {@link BodyLimit} says. A longer {@code Content-Length} is refused before anything is read; a
 * body without one (chunked) is refused as soon as it grows past the limit, so no request can make
 * the server hold more.
 */
@Provider
public class RequestBodyLimit implements ContainerRequestFilter {

    static final int DEFAULT_MEGABYTES = 1;
    static final long MEGABYTE = 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitOf(resource.getResourceMethod());
        if (request.getLength() > limit) {
            throw new BodyTooLargeException(limit);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), limit));
    }

    static long limitOf(Method operation) {
        BodyLimit limit = operation == null ? null : operation.getAnnotation(BodyLimit.class);
        return (limit == null ? DEFAULT_MEGABYTES : limit.megabytes()) * MEGABYTE;
    }

    /** A stream that fails once more than {@code limit} bytes were read from it. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long count;

        Bounded(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            counted(Math.max(read, 0));
            return read;
        }

        /** Re-reading after a reset would be counted twice. */
        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) {
            count += bytes;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
