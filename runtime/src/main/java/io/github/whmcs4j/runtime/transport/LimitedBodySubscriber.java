package io.github.whmcs4j.runtime.transport;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body into bytes, and stops (cancelling the download) as soon as it passes a limit. The
 * chunks are kept as they arrive and copied once into an array of the final size, so the heap never
 * holds more than the body and one copy of it (no doubling buffer).
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    /** The largest array a JVM allocates. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final long limit;
    private final List<byte[]> chunks = new ArrayList<>();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private boolean cancelled;
    private long size;

    LimitedBodySubscriber(long limit) {
        this.limit = Math.min(limit, LARGEST_ARRAY);
    }

    /**
     * A subscriber for a response whose headers announce {@code declaredLength} bytes (-1 when they do
     * not): one past the limit is refused at once, before any of the body is read.
     */
    static LimitedBodySubscriber forResponse(long limit, long declaredLength) {
        LimitedBodySubscriber subscriber = new LimitedBodySubscriber(limit);
        if (declaredLength > limit) {
            subscriber.result.completeExceptionally(new ResponseTooLargeException(limit));
        }
        return subscriber;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        boolean stop;
        synchronized (this) {
            this.subscription = subscription;
            stop = cancelled || result.isDone();
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
            cancelled = true;
            current = subscription;
        }
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * Stops the download and fails the body with {@code failure}, from any thread (a timer's): the
     * chunks already read are left to the subscriber's own thread, which sees the body done and adds
     * no more.
     */
    void stop(Throwable failure) {
        cancel();
        result.completeExceptionally(failure);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        try {
            for (ByteBuffer buffer : buffers) {
                if (size + buffer.remaining() > limit) {
                    fail(new ResponseTooLargeException(limit));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                chunks.add(chunk);
                size += chunk.length;
            }
        } catch (OutOfMemoryError e) {
            fail(e); // passed on as it is: the caller sees the Error, and the download stops
        }
    }

    private void fail(Throwable failure) {
        chunks.clear();
        cancel();
        result.completeExceptionally(failure);
    }

    @Override
    public void onError(Throwable failure) {
        chunks.clear();
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        if (result.isDone()) {
            return;
        }
        try {
            byte[] body = new byte[(int) size];
            int at = 0;
            for (byte[] chunk : chunks) {
                System.arraycopy(chunk, 0, body, at, chunk.length);
                at += chunk.length;
            }
            chunks.clear();
            result.complete(body);
        } catch (OutOfMemoryError e) {
            chunks.clear();
            result.completeExceptionally(e);
        }
    }
}
