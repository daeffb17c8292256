package org.cundang.internal.fixity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.jspecify.annotations.Nullable;

/**
 * Hashes files on a bounded pool: at most {@code threads} workers whatever the number of files (bagit-java
 * #121/#137 created a thread per file). Each worker owns one reused heap buffer and one {@link MultiDigester}, so
 * every file is read once for all algorithms, with large sequential {@link FileChannel} reads.
 *
 * <p>Files are opened with {@link LinkOption#NOFOLLOW_LINKS}; callers pass only paths that already passed path
 * safety. Thread-safe; one engine may serve several runs.
 */
public final class FixityEngine {

    /** Default read size: 512 KiB (large sequential reads; page-cache friendly). */
    public static final int DEFAULT_BUFFER = 512 * 1024;

    private final int threads;
    private final int bufferSize;

    /**
     * An engine.
     *
     * @param threads    the worker count, at least 1
     * @param bufferSize the read size per worker, at least 4096
     */
    public FixityEngine(int threads, int bufferSize) {
        if (threads < 1 || bufferSize < 4096) {
            throw new IllegalArgumentException("threads >= 1 and bufferSize >= 4096 required");
        }
        this.threads = threads;
        this.bufferSize = bufferSize;
    }

    /** An engine with one worker per processor and {@link #DEFAULT_BUFFER}. */
    public static FixityEngine defaults() {
        return new FixityEngine(Runtime.getRuntime().availableProcessors(), DEFAULT_BUFFER);
    }

    /**
     * A file to hash.
     *
     * @param key     the caller's key (e.g. the manifest path)
     * @param file    the file, already checked safe
     * @param size    its size in bytes (for progress)
     * @param trusted digests the caller already trusts; when they cover every algorithm the file is not read
     */
    public record Task(String key, Path file, long size, Map<DigestAlgorithm, Digest> trusted) {
    }

    /**
     * The outcome for one file.
     *
     * @param task    the task
     * @param digests the digests, empty when the file could not be read
     * @param trusted whether the digests came from the caller instead of a read
     * @param error   the I/O error text, or null
     */
    public record Result(Task task, Map<DigestAlgorithm, Digest> digests, boolean trusted, @Nullable String error) {
    }

    /** Progress, called from worker threads (must be thread-safe and quick). */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called after each file.
         *
         * @param filesDone files finished so far
         * @param bytesDone bytes finished so far
         */
        void progress(long filesDone, long bytesDone);
    }

    /**
     * Sees each file that fits in one read buffer, in the worker thread that read it, so format identification
     * needs no second open (the bytes are only valid during the call and must not be kept or modified).
     */
    @FunctionalInterface
    public interface WholeFile {
        /**
         * Called once per small file, after it was read whole.
         *
         * @param task   the task
         * @param data   the buffer holding the file
         * @param length the file length
         */
        void accept(Task task, byte[] data, int length);
    }

    /**
     * Hashes the tasks. Results come back in task order.
     *
     * @param tasks      the files
     * @param algorithms the algorithms (at least one)
     * @param listener   progress
     * @param cancelled  polled between reads; when it answers true the run stops
     * @return one result per task
     * @throws CancellationException when cancelled
     */
    public List<Result> run(List<Task> tasks, Set<DigestAlgorithm> algorithms, Listener listener,
                            BooleanSupplier cancelled) {
        return run(tasks, algorithms, listener, cancelled, (t, d, n) -> { });
    }

    /**
     * Hashes the tasks and hands each file that fits in one buffer to {@code whole}. Results come back in task
     * order.
     *
     * @param tasks      the files
     * @param algorithms the algorithms (at least one)
     * @param listener   progress
     * @param cancelled  polled between reads; when it answers true the run stops
     * @param whole      sees the small files' bytes
     * @return one result per task
     * @throws CancellationException when cancelled
     */
    public List<Result> run(List<Task> tasks, Set<DigestAlgorithm> algorithms, Listener listener,
                            BooleanSupplier cancelled, WholeFile whole) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        // the batch form is a session fed at once: one pool, one worker loop, one way to cancel
        try (Session session = start(algorithms, listener, cancelled, whole)) {
            tasks.forEach(session::submit);
            return session.finish();
        }
    }

    /**
     * Starts a streaming run: the workers start at once and hash each task as it is {@linkplain Session#submit
     * submitted}, so the caller can feed files while it is still finding them (the validator hashes manifest entries
     * while it walks the payload). The caller must end the session with {@link Session#finish()} or, on failure,
     * {@link Session#close()}.
     *
     * @param algorithms the algorithms (at least one)
     * @param listener   progress, called after each file with the counts so far
     * @param cancelled  polled between reads; when it answers true the run stops
     * @param whole      sees the small files' bytes
     * @return the session
     */
    public Session start(Set<DigestAlgorithm> algorithms, Listener listener, BooleanSupplier cancelled,
                         WholeFile whole) {
        return new Session(algorithms, listener, cancelled, whole);
    }

    /** A streaming run (see {@link #start}). Submit and finish from one thread. */
    public final class Session implements AutoCloseable {
        private final java.util.concurrent.BlockingQueue<Object> queue =
                new java.util.concurrent.LinkedBlockingQueue<>();
        private final List<List<Object[]>> done = new ArrayList<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final BooleanSupplier cancelled;
        private final ExecutorService pool;
        private final List<Future<?>> workers = new ArrayList<>();
        private final Set<DigestAlgorithm> algorithms;
        private final Listener listener;
        private final WholeFile whole;
        private final AtomicLong files = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private int submitted;
        private boolean finished;

        private Session(Set<DigestAlgorithm> algorithms, Listener listener, BooleanSupplier cancelled,
                        WholeFile whole) {
            this.cancelled = cancelled;
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread th = new Thread(r, "cundang-fixity");
                th.setDaemon(true);
                return th;
            });
            this.algorithms = algorithms;
            this.listener = listener;
            this.whole = whole;
        }

        /** Starts one more worker (at most {@code threads}, never more than the files submitted). */
        private void addWorker() {
            List<Object[]> mine = new ArrayList<>();
            done.add(mine);
            workers.add(pool.submit(() -> {
                MultiDigester digester = MultiDigester.of(algorithms);
                ByteBuffer buf = ByteBuffer.allocate(bufferSize);
                while (true) {
                    Object o;
                    try {
                        o = queue.take();
                    } catch (InterruptedException e) {
                        stop.set(true);
                        return;
                    }
                    if (!(o instanceof Object[] item)) {
                        queue.add(o); // the end marker stays for the other workers
                        return;
                    }
                    if (stop.get() || cancelled.getAsBoolean()) {
                        stop.set(true);
                        continue; // drain without reading
                    }
                    Task t = (Task) item[1];
                    mine.add(new Object[] {item[0], hashOne(t, algorithms, digester, buf, cancelled, stop, whole)});
                    listener.progress(files.incrementAndGet(), bytes.addAndGet(Math.max(t.size(), 0)));
                }
            }));
        }

        /**
         * Queues a file.
         *
         * @param task the file
         */
        public void submit(Task task) {
            if (finished) {
                throw new IllegalStateException("session finished");
            }
            queue.add(new Object[] {submitted++, task});
            if (workers.size() < threads && workers.size() < submitted) {
                addWorker();
            }
        }

        /** Files submitted so far. */
        public int submitted() {
            return submitted;
        }

        /**
         * Waits for every submitted file.
         *
         * @return one result per task, in submission order
         * @throws CancellationException when cancelled or interrupted
         */
        public List<Result> finish() {
            finished = true;
            queue.add(END);
            try {
                for (Future<?> f : workers) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("fixity worker failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
            if (stop.get() || cancelled.getAsBoolean()) {
                throw new CancellationException("fixity run cancelled");
            }
            Result[] out = new Result[submitted];
            for (List<Object[]> l : done) {
                for (Object[] r : l) {
                    out[(Integer) r[0]] = (Result) r[1];
                }
            }
            List<Result> list = new ArrayList<>(out.length);
            Collections.addAll(list, out);
            return list;
        }

        /** Stops the workers without waiting for the queued files (after a failure); idempotent. */
        @Override
        public void close() {
            finished = true;
            stop.set(true);
            queue.add(END);
            pool.shutdownNow();
        }
    }

    private static final String END = "end";

    private static Result hashOne(Task t, Set<DigestAlgorithm> algorithms, MultiDigester digester, ByteBuffer buf,
                                  BooleanSupplier cancelled, AtomicBoolean stop, WholeFile whole) {
        if (t.trusted().keySet().containsAll(algorithms)) {
            return new Result(t, Map.copyOf(t.trusted()), true, null);
        }
        digester.reset();
        try (FileChannel ch = FileChannel.open(t.file(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            int reads = 0;
            while (true) {
                buf.clear();
                // fill the buffer (a read may return less than asked), so a small file is one chunk
                int r = 0;
                while (buf.hasRemaining()) {
                    int k = ch.read(buf);
                    if (k < 0) {
                        break;
                    }
                    r += k;
                }
                if (r == 0) {
                    break;
                }
                reads++;
                digester.update(buf.array(), 0, r);
                if (reads == 1 && buf.hasRemaining()) {
                    // end of file reached inside the first buffer: the whole file is in memory
                    whole.accept(t, buf.array(), r);
                }
                if (buf.hasRemaining()) {
                    break;
                }
                if (cancelled.getAsBoolean()) {
                    stop.set(true);
                    return new Result(t, Map.of(), false, "cancelled");
                }
            }
            return new Result(t, digester.finish(), false, null);
        } catch (IOException | RuntimeException e) {
            digester.reset();
            return new Result(t, Map.of(), false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
