package nl.gremium.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used so far by this JVM and its ended child processes (the ingest's parse processes). On a
 * shared machine this, unlike wall-clock time, does not grow with the neighbours' load.
 */
final class CpuTime {
    /** Linux's USER_HZ, the unit of /proc's CPU times; 100 on every mainstream kernel build. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTime() {}

    /** From /proc/self/stat (utime, stime, cutime, cstime); elsewhere this JVM's own time only. */
    static double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // f[0] is field 3 (state)
            long ticks = 0;
            for (int field = 14; field <= 17; field++) {
                ticks += Long.parseLong(f[field - 3]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }
    }
}
