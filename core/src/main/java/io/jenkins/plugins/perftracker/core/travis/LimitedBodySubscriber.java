package io.jenkins.plugins.perftracker.core.travis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit. Beyond it, the body is cut (error answers, where the start is
 * enough) or the exchange fails and the connection's subscription is cancelled (answers we would parse).
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    /** The body exceeded the limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(final int limit) {
            super("body larger than " + limit + " bytes");
        }
    }

    private final int limit;
    private final boolean truncate;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBodySubscriber(final int limit, final boolean truncate) {
        this.limit = limit;
        this.truncate = truncate;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(final Flow.Subscription newSubscription) {
        this.subscription = newSubscription;
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(final List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (result.isDone()) {
                return;
            }
            int room = limit - bytes.size();
            if (buffer.remaining() > room) {
                if (truncate) {
                    copy(buffer, room);
                    result.complete(bytes.toByteArray());
                } else {
                    result.completeExceptionally(new TooLargeException(limit));
                }
                subscription.cancel();
                return;
            }
            copy(buffer, buffer.remaining());
        }
    }

    @Override
    public void onError(final Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    private void copy(final ByteBuffer buffer, final int count) {
        byte[] chunk = new byte[count];
        buffer.get(chunk);
        bytes.write(chunk, 0, count);
    }
}
