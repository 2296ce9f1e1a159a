package nl.gremium.index.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.gremium.fixtures.SyntheticCorpus;
import nl.gremium.index.ConsoleProgress;
import nl.gremium.index.Indexer;
import nl.gremium.index.SearchQuery;
import nl.gremium.index.SearchResult;
import nl.gremium.index.SearchService;
import nl.gremium.store.DataStore;

/**
 * The search benchmark: writes a {@link SyntheticCorpus} of at least N agenda items and records into a
 * data folder, indexes it with {@link Indexer#rebuild}, and times a mix of searches as the web UI
 * makes them (facets and snippets on, 10 per page) through {@link SearchService}.
 */
public final class SearchBenchmark {
    /** What one run measured. Latencies in milliseconds per query class and over all queries. */
    public record Result(long records, int documents, int units, double generateSeconds, double indexSeconds,
                         double indexCpuSeconds, long indexBytes, int queries, Map<String, double[]> latencies,
                         Map<String, double[]> cpu, double loadAverage) {

        public double recordsPerSecond() {
            return records / indexSeconds;
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "corpus:   %,d documents, %,d agenda items + records, %,d index units (generated in %.1f s)%n", documents, records, units, generateSeconds));
            if (indexSeconds == 0) {
                sb.append("indexing: reused the folder's index; ");
            } else {
                sb.append(String.format(Locale.ROOT, "indexing: %.1f s = %,.0f records/s (%,.0f units/s); %.1f s CPU = %,.0f records per CPU-second; ", indexSeconds, recordsPerSecond(), units / indexSeconds, indexCpuSeconds,
                            records / indexCpuSeconds));
            }
            sb.append(String.format(Locale.ROOT, "index size %.1f MB%n", indexBytes / 1e6));
            sb.append(String.format(Locale.ROOT, "queries:  %,d timed (facets + snippets, 10 per page); machine load average %.1f%n", queries, loadAverage));
            sb.append(String.format(Locale.ROOT, "  %-30s %5s | %-27s | %-27s%n", "", "", "wall-clock ms", "CPU ms (Java threads)"));
            sb.append(String.format(Locale.ROOT, "  %-30s %5s | %6s %6s %6s %6s | %6s %6s %6s %6s%n",
                    "class", "n", "p50", "p90", "p99", "max", "p50", "p90", "p99", "max"));
            latencies.forEach((k, v) -> {
                double[] c = cpu.get(k);
                sb.append(String.format(Locale.ROOT, "  %-30s %5d | %6.1f %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f %6.1f%n", k, v.length,
                        pct(v, 50), pct(v, 90), pct(v, 99), max(v), pct(c, 50), pct(c, 90), pct(c, 99), max(c)));
            });
            return sb.toString();
        }

        private static double max(double[] v) {
            return v.length == 0 ? 0 : v[v.length - 1];
        }
    }

    private SearchBenchmark() {}

    /**
     * Runs the benchmark in {@code dataDir}, which must be empty or absent, or (with {@code reuse}) hold the
     * data and index of an earlier run: then only the queries are timed, so two builds can be compared on one
     * index without generating and indexing it twice.
     */
    public static Result run(Path dataDir, long records, int queries, boolean reuse, PrintStream log) {
        return run(dataDir, records, queries, reuse, null, log);
    }

    /**
     * As {@link #run(Path, long, int, boolean, PrintStream)}, also writing to {@code ids} (when not null) one line per
     * timed query: its class, text, total, the ids of its hits in order (so two builds' results can be diffed: the
     * first four columns) and its wall-clock and CPU ms.
     */
    public static Result run(Path dataDir, long records, int queries, boolean reuse, Path ids, PrintStream log) {
        DataStore store = new DataStore(dataDir);
        if (reuse) {
            if (!Files.isDirectory(store.indexDir())) {
                throw new IllegalArgumentException("no index to reuse in " + dataDir);
            }
            int documents = store.docFiles().size();
            Result r = queries(store, queries, ids, log);
            return new Result(r.units() - documents, documents, r.units(), 0, 0, 0, size(store.indexDir()), queries,
                    r.latencies(), r.cpu(), r.loadAverage());
        }
        try {
            if (Files.isDirectory(dataDir)) {
                try (Stream<Path> s = Files.list(dataDir)) {
                    if (s.findAny().isPresent()) {
                        throw new IllegalArgumentException("benchmark folder " + dataDir + " is not empty");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.printf(Locale.ROOT, "generating %,d agenda items and records in %s%n", records, dataDir);
        long t0 = System.nanoTime();
        long written = new SyntheticCorpus(42).write(store, records);
        double gen = (System.nanoTime() - t0) / 1e9;

        t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        Indexer.Report r = Indexer.rebuild(store, new ConsoleProgress(log));
        double index = (System.nanoTime() - t0) / 1e9;
        double indexCpu = (processCpuNanos() - cpu0) / 1e9;
        Result q = queries(store, queries, ids, log);
        return new Result(written, store.docFiles().size(), r.units(), gen, index, indexCpu, size(store.indexDir()),
                queries, q.latencies(), q.cpu(), q.loadAverage());
    }

    /** Times the query mix on the folder's index; of the result only units, latencies and load are filled. */
    private static Result queries(DataStore store, int queries, Path ids, PrintStream log) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> idLines = new ArrayList<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> cpuTimes = new LinkedHashMap<>();
        int units;
        try (SearchService search = SearchService.open(store)) {
            units = search.size();
            List<Map.Entry<String, SearchQuery>> mix = mix(queries + queries / 5, new Random(1));
            int warm = queries / 5;
            log.printf(Locale.ROOT, "running %,d queries after %,d warm-up queries%n", queries, warm);
            for (int i = 0; i < mix.size(); i++) {
                long c0 = javaThreadsCpuNanos(threads); // the search's own threads work for it too
                long q0 = System.nanoTime();
                SearchResult res = search.search(mix.get(i).getValue());
                double ms = (System.nanoTime() - q0) / 1e6;
                double cpuMs = (javaThreadsCpuNanos(threads) - c0) / 1e6;
                if (res.hits().size() > res.query().pageSize()) {
                    throw new IllegalStateException("page overflow");
                }
                if (i >= warm) {
                    idLines.add(mix.get(i).getKey() + "\t" + res.query() + "\t" + res.total() + "\t"
                            + res.hits().stream().map(SearchResult.Hit::id).toList()
                            + String.format(Locale.ROOT, "\t%.1f\t%.1f", ms, cpuMs));
                    times.computeIfAbsent(mix.get(i).getKey(), k -> new ArrayList<>()).add(ms);
                    times.computeIfAbsent("all", k -> new ArrayList<>()).add(ms);
                    cpuTimes.computeIfAbsent(mix.get(i).getKey(), k -> new ArrayList<>()).add(cpuMs);
                    cpuTimes.computeIfAbsent("all", k -> new ArrayList<>()).add(cpuMs);
                }
            }
        }
        if (ids != null) {
            try {
                Files.write(ids, idLines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(0, 0, units, 0, 0, 0, 0, queries, sorted(times), sorted(cpuTimes),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Map<String, double[]> sorted(Map<String, List<Double>> times) {
        Map<String, double[]> out = new LinkedHashMap<>();
        times.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        out.put("all", out.remove("all")); // the overall line last
        return out;
    }

    /**
     * CPU time of the live Java threads: to the nanosecond, where the process's time moves in steps of 10 ms (what
     * the collector and the compiler spend is left out).
     */
    private static long javaThreadsCpuNanos(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id)); // −1 for a thread that just ended
        }
        return sum;
    }

    /** CPU time of the whole process (indexing also merges in background threads). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** A deterministic mix of the searches people make, labelled by class. */
    static List<Map.Entry<String, SearchQuery>> mix(int n, Random rnd) {
        String[] words = {"jaarstukken", "begroting", "kazerne", "brandweerkazernes", "stroomuitval", "meldkamer",
                "risicocommunicatie", "vrijwilligers", "hoogwater", "natuurbranden", "weerbaarheid", "opleidingsplan",
                "zienswijze", "treasurystatuut", "bluswatervoorziening", "continuiteitsplannen", "tankautospuiten",
                "besloten", "vastgesteld", "aanbeveling"};
        String[] phrases = {"\"algemene reserve\"", "\"regionaal risicoprofiel\"", "\"langdurige stroomuitval\"",
                "\"brede doeluitkering\"", "\"schuimvrij blussen\""};
        List<Map.Entry<String, SearchQuery>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = words[rnd.nextInt(words.length)];
            String place = SyntheticCorpus.PLACES[rnd.nextInt(SyntheticCorpus.PLACES.length)];
            int year = 2015 + rnd.nextInt(11);
            Map.Entry<String, SearchQuery> e = switch (i % 8) {
                case 0 -> Map.entry("one word", SearchQuery.of(w));
                case 1 -> Map.entry("two words", SearchQuery.of(w + " " + words[rnd.nextInt(words.length)]));
                case 2 -> Map.entry("word + place", SearchQuery.of(w + " " + place));
                case 3 -> Map.entry("phrase", SearchQuery.of(phrases[rnd.nextInt(phrases.length)]));
                case 4 -> Map.entry("word, type + year filter",
                        SearchQuery.of(w).withTypes("decision").withYears(String.valueOf(year)));
                case 5 -> Map.entry("word, date range, by date", SearchQuery.of(w)
                        .withFrom(LocalDate.of(year, 1, 1)).withTo(LocalDate.of(year + 2, 12, 31))
                        .withSort(SearchQuery.Sort.date_desc));
                case 6 -> Map.entry("browse all (no text), page 5",
                        SearchQuery.of("").withSort(SearchQuery.Sort.date_desc).withPage(5, 10));
                default -> Map.entry("word, kind + body filter",
                        SearchQuery.of(w).withKinds("minutes").withBodies("Algemeen bestuur"));
            };
            out.add(e);
        }
        return out;
    }

    static double pct(double[] sorted, double p) {
        if (sorted == null || sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long size(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
