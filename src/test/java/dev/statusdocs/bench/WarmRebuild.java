package dev.statusdocs.bench;

import dev.statusdocs.pipeline.Rebuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Warm rebuilds inside one JVM, as in {@code serve}: a full rebuild, and a rebuild after editing one page.
 * Prints medians in milliseconds, and the edit's CPU time on this thread, which a busy machine disturbs less than
 * the wall clock. Usage: WarmRebuild PROJECT_DIR PAGE_FILE RUNS
 */
public final class WarmRebuild {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        String page = args[1];
        int runs = Integer.parseInt(args[2]);
        Rebuilder rebuilder = new Rebuilder(root);
        for (int i = 0; i < 10; i++) {
            rebuilder.rebuild(Set.of());
        }
        List<Long> full = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            full.add(rebuilder.rebuild(Set.of()).nanos());
        }
        Path file = root.resolve(page);
        String original = Files.readString(file);
        List<Long> edit = new ArrayList<>();
        List<Long> editCpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            for (int i = 0; i < runs + 10; i++) {
                Files.writeString(file, original + "\nA sentence added by the benchmark, run " + i + ".\n");
                long cpuStart = threads.getCurrentThreadCpuTime();
                long nanos = rebuilder.rebuild(Set.of(page)).nanos();
                if (i >= 10) {
                    edit.add(nanos);
                    editCpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
                }
            }
        } finally {
            Files.writeString(file, original);
        }
        System.out.printf("warm_full_ms %.1f%nwarm_edit_ms %.1f%nwarm_edit_cpu_ms %.1f%n", median(full), median(edit),
                median(editCpu));
    }

    static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1_000_000.0;
    }
}
