package io.github.whmcs4j.runtime.transport;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Collects a body into bytes, and stops (cancelling the download) as soon as it passes a limit. The
 * chunks are kept as they arrive and copied once into an array of the final size, so the heap never
 * holds more than the body and one copy of it (no doubling buffer).
 *
 * <p>The JDK client is given it through {@link HttpResponse.BodySubscribers#fromSubscriber}, whose
 * result it completes on the thread that delivered the body's end; a body subscriber of our own would
 * have its result handed to the client's executor first, one thread hop more per call. Whatever stops
 * the body (the limit, a timeout, an {@code OutOfMemoryError}) cancels the download and fails that
 * adapter's result.
 */
final class LimitedBodySubscriber implements Flow.Subscriber<List<ByteBuffer>> {
    /** The largest array a JVM allocates. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final long limit;
    private final List<byte[]> chunks = new ArrayList<>();
    private final HttpResponse.BodySubscriber<byte[]> body;
    private Flow.Subscription subscription;
    private boolean done;
    private long size;
    private byte[] whole;
    private Error wholeFailed;

    private LimitedBodySubscriber(long limit) {
        this.limit = Math.min(limit, LARGEST_ARRAY);
        this.body = HttpResponse.BodySubscribers.fromSubscriber(this, LimitedBodySubscriber::whole);
    }

    /**
     * A subscriber for a response whose headers announce {@code declaredLength} bytes (-1 when they do
     * not): one past the limit is refused at once, before any of the body is read.
     */
    static LimitedBodySubscriber forResponse(long limit, long declaredLength) {
        LimitedBodySubscriber subscriber = new LimitedBodySubscriber(limit);
        if (declaredLength > subscriber.limit) {
            subscriber.stop(new ResponseTooLargeException(limit));
        }
        return subscriber;
    }

    /** What the JDK client is given: completes with the body, or fails with what stopped it. */
    HttpResponse.BodySubscriber<byte[]> bodySubscriber() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        boolean stop;
        synchronized (this) {
            this.subscription = subscription;
            stop = done;
        }
        if (stop) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    /** Stops the download: the connection is closed rather than read to its end. */
    void cancel() {
        Flow.Subscription current;
        synchronized (this) {
            done = true;
            current = subscription;
        }
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * Stops the download and fails the body with {@code failure}, from any thread (a timer's); the
     * chunks already read are dropped, and none is added after.
     */
    void stop(Throwable failure) {
        cancel();
        body.onError(failure); // the adapter fails its result; a later failure or end changes nothing
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        Throwable stopWith = null;
        synchronized (this) { // a timer's stop() clears the chunks under the same lock
            if (done) {
                return;
            }
            try {
                for (ByteBuffer buffer : buffers) {
                    if (size + buffer.remaining() > limit) {
                        stopWith = new ResponseTooLargeException(limit);
                        break;
                    }
                    byte[] chunk = new byte[buffer.remaining()];
                    buffer.get(chunk);
                    chunks.add(chunk);
                    size += chunk.length;
                }
            } catch (OutOfMemoryError e) {
                stopWith = e; // passed on as it is: the caller sees the Error, and the download stops
            }
            if (stopWith != null) {
                chunks.clear();
            }
        }
        if (stopWith != null) {
            stop(stopWith);
        }
    }

    @Override
    public synchronized void onError(Throwable failure) {
        chunks.clear();
        done = true;
    }

    @Override
    public synchronized void onComplete() {
        if (done) {
            return;
        }
        done = true;
        try {
            byte[] all = new byte[(int) size];
            int at = 0;
            for (byte[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            whole = all;
        } catch (OutOfMemoryError e) {
            wholeFailed = e; // the result fails with it, as it is
        }
        chunks.clear();
    }

    /** The whole body, once complete (the adapter's result; what this throws fails it). */
    private byte[] whole() {
        if (wholeFailed != null) {
            throw wholeFailed;
        }
        if (whole == null) {
            throw new IllegalStateException("the body was stopped before its end");
        }
        return whole;
    }
}
