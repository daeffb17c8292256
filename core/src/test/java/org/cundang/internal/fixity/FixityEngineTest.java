package org.cundang.internal.fixity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixityEngineTest {

    private static final Set<DigestAlgorithm> BOTH = EnumSet.allOf(DigestAlgorithm.class);

    private List<FixityEngine.Task> files(Path dir, int n) throws Exception {
        List<FixityEngine.Task> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve("f" + i);
            byte[] b = ("file " + i).repeat(1000 + i).getBytes();
            Files.write(p, b);
            tasks.add(new FixityEngine.Task("f" + i, p, b.length, Map.of()));
        }
        return tasks;
    }

    @Test
    void hashes_many_files_on_a_bounded_pool_with_progress(@TempDir Path dir) throws Exception {
        List<FixityEngine.Task> tasks = files(dir, 200);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicLong last = new AtomicLong();
        List<FixityEngine.Result> out = new FixityEngine(3, 4096).run(tasks, BOTH, (f, b) -> {
            threads.add(Thread.currentThread().getName() + "@" + System.identityHashCode(Thread.currentThread()));
            last.accumulateAndGet(f, Math::max);
        }, () -> false);
        assertThat(threads).hasSizeLessThanOrEqualTo(3);
        assertThat(last.get()).isEqualTo(200);
        for (FixityEngine.Result r : out) {
            Map<DigestAlgorithm, Digest> expected = MultiDigester.of(BOTH).digest(Files.readAllBytes(r.task().file()));
            assertThat(r.digests()).isEqualTo(expected);
        }
    }

    @Test
    void trusted_digests_skip_reading(@TempDir Path dir) {
        Digest a = Digest.of(DigestAlgorithm.SM3, new byte[32]);
        Digest b = Digest.of(DigestAlgorithm.SHA256, new byte[32]);
        FixityEngine.Task t = new FixityEngine.Task("x", dir.resolve("does-not-exist"), 10,
                Map.of(DigestAlgorithm.SM3, a, DigestAlgorithm.SHA256, b));
        FixityEngine.Result r = FixityEngine.defaults().run(List.of(t), BOTH, (f, n) -> { }, () -> false).get(0);
        assertThat(r.trusted()).isTrue();
        assertThat(r.error()).isNull();
    }

    @Test
    void unreadable_file_is_an_error_result(@TempDir Path dir) {
        FixityEngine.Task t = new FixityEngine.Task("x", dir.resolve("gone"), 10, Map.of());
        FixityEngine.Result r = FixityEngine.defaults().run(List.of(t), BOTH, (f, n) -> { }, () -> false).get(0);
        assertThat(r.error()).isNotNull();
        assertThat(r.digests()).isEmpty();
    }

    @Test
    void cancellation_stops_the_run(@TempDir Path dir) throws Exception {
        List<FixityEngine.Task> tasks = files(dir, 50);
        AtomicLong seen = new AtomicLong();
        assertThatThrownBy(() -> new FixityEngine(2, 4096).run(tasks, BOTH, (f, b) -> seen.set(f),
                () -> seen.get() >= 5)).isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isLessThan(50);
    }

    @Test
    void small_files_are_handed_over_whole_from_the_same_read_and_large_ones_are_not(@TempDir Path dir)
            throws Exception {
        byte[] small = new byte[3000];
        byte[] large = new byte[10_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
            if (i < small.length) {
                small[i] = (byte) (i * 7);
            }
        }
        Path s = Files.write(dir.resolve("s"), small);
        Path l = Files.write(dir.resolve("l"), large);
        Map<String, byte[]> seen = new ConcurrentHashMap<>();
        List<FixityEngine.Result> r = new FixityEngine(2, 4096).run(List.of(
                new FixityEngine.Task("s", s, small.length, Map.of()),
                new FixityEngine.Task("l", l, large.length, Map.of())), EnumSet.allOf(DigestAlgorithm.class),
                (f, b) -> { }, () -> false,
                (t, data, n) -> seen.put(t.key(), java.util.Arrays.copyOf(data, n)));
        assertThat(seen).containsOnlyKeys("s");
        assertThat(seen.get("s")).isEqualTo(small);
        assertThat(r.get(1).digests().get(DigestAlgorithm.SHA256))
                .isEqualTo(MultiDigester.of(DigestAlgorithm.SHA256).digest(large).get(DigestAlgorithm.SHA256));
    }

    @Test
    void a_streaming_session_hashes_what_is_submitted_while_it_runs_in_submission_order(@TempDir Path dir)
            throws Exception {
        List<FixityEngine.Task> tasks = files(dir, 120);
        Set<String> whole = ConcurrentHashMap.newKeySet();
        AtomicLong last = new AtomicLong();
        List<FixityEngine.Result> out;
        try (FixityEngine.Session s = new FixityEngine(2, 64 * 1024).start(BOTH, (f, b) ->
                last.accumulateAndGet(f, Math::max), () -> false, (t, d, n) -> whole.add(t.key()))) {
            for (int i = 0; i < 60; i++) {
                s.submit(tasks.get(i));
            }
            Thread.sleep(20); // the first files are hashed while more are still to come
            for (int i = 60; i < tasks.size(); i++) {
                s.submit(tasks.get(i));
            }
            assertThat(s.submitted()).isEqualTo(120);
            out = s.finish();
            assertThatThrownBy(() -> s.submit(tasks.get(0))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(out).extracting(r -> r.task().key()).containsExactlyElementsOf(
                tasks.stream().map(FixityEngine.Task::key).toList());
        assertThat(out).isEqualTo(new FixityEngine(3, 64 * 1024).run(tasks, BOTH, (f, b) -> { }, () -> false));
        assertThat(last.get()).isEqualTo(120);
        assertThat(whole).hasSize(120);
    }

    @Test
    void a_session_can_be_cancelled_or_closed_without_finishing(@TempDir Path dir) throws Exception {
        List<FixityEngine.Task> tasks = files(dir, 50);
        AtomicLong seen = new AtomicLong();
        FixityEngine.Session s = new FixityEngine(2, 4096).start(BOTH, (f, b) -> seen.set(f), () -> seen.get() >= 5,
                (t, d, n) -> { });
        tasks.forEach(s::submit);
        assertThatThrownBy(s::finish).isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isLessThan(50);
        FixityEngine.Session closed = new FixityEngine(2, 4096).start(BOTH, (f, b) -> { }, () -> false,
                (t, d, n) -> { });
        tasks.forEach(closed::submit);
        closed.close();
        closed.close();
        assertThatThrownBy(() -> closed.submit(tasks.get(0))).isInstanceOf(IllegalStateException.class);
    }
}
