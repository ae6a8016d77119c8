package dev.statusdocs.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started on a thread of its own, so that it overlaps with what the caller does next. A build is short
 * and the machines have few cores: a dedicated thread does not wait behind the parallel streams that keep the
 * common pool busy.
 */
final class Background {
    private Background() {
    }

    static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "statusdocs-" + name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The result, or what the work threw, as it was thrown. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
