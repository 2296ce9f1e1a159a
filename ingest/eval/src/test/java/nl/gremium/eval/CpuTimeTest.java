package nl.gremium.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark's CPU clock counts the work of child processes that have ended, as the parse processes do. */
class CpuTimeTest {
    @Test
    void countsAnEndedChildProcess() throws Exception {
        double before = CpuTime.seconds();
        long t0 = System.nanoTime();
        Process busy = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done").start();
        busy.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        double used = CpuTime.seconds() - before;
        assertTrue(wall > 0.1, "the child should have been busy for a while: " + wall + " s");
        // the child used the CPU most of that time (a loaded machine stretches wall time, hence the margin)
        assertTrue(used > 0.05, "child CPU counted: " + used + " s of CPU in " + wall + " s");
    }
}
