package nl.gremium.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where fetched files came from: TSV manifests with a header naming {@code path}, {@code blob} (or
 * {@code git_blob}), {@code sha256} and optionally {@code repo} and {@code org}; a comment line
 * "# source: public GitHub repository OWNER/NAME" gives the repository for manifests without a repo column.
 * Files are matched by content (sha256), so a local copy can live anywhere. Reserved files (any 64-hex token
 * in an exclusion list) are never offered for labelling.
 */
public final class SourceManifest {
    private static final Pattern SOURCE_REPO = Pattern.compile("repository\\s+([\\w.-]+/[\\w.-]+)");
    private static final Pattern HEX64 = Pattern.compile("\\b[0-9a-f]{64}\\b");

    private final Map<String, LabelPointer.FileRef> bySha256 = new HashMap<>();
    private final Set<String> excluded = new HashSet<>();

    /** Reads manifests; {@code defaultOrg} names the organisation for manifests without an org column. */
    public SourceManifest(List<Path> manifests, String defaultOrg, List<Path> exclusions) {
        for (Path m : manifests) {
            read(m, defaultOrg);
        }
        for (Path e : exclusions) {
            try {
                Matcher x = HEX64.matcher(Files.readString(e).toLowerCase(Locale.ROOT));
                while (x.find()) {
                    excluded.add(x.group());
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read exclusion list " + e, ex);
            }
        }
    }

    private void read(Path manifest, String defaultOrg) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest " + manifest, e);
        }
        String repo = "";
        List<String> header = null;
        for (String line : lines) {
            if (line.startsWith("#")) {
                Matcher m = SOURCE_REPO.matcher(line);
                if (m.find()) {
                    repo = m.group(1);
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (header == null) {
                header = Arrays.stream(f).map(String::strip).toList();
                continue;
            }
            String sha = column(header, f, "sha256");
            String path = column(header, f, "path");
            if (sha.isEmpty() || path.isEmpty()) {
                continue;
            }
            String blob = column(header, f, "blob");
            if (blob.isEmpty()) {
                blob = column(header, f, "git_blob");
            }
            String r = column(header, f, "repo");
            String org = column(header, f, "org");
            bySha256.put(sha.toLowerCase(Locale.ROOT), new LabelPointer.FileRef(r.isEmpty() ? repo : r, path, blob,
                    org.isEmpty() ? defaultOrg : org));
        }
    }

    private static String column(List<String> header, String[] fields, String name) {
        int i = header.indexOf(name);
        return i >= 0 && i < fields.length ? fields[i].strip() : "";
    }

    public boolean excluded(String sha256) {
        return excluded.contains(sha256.toLowerCase(Locale.ROOT));
    }

    public Optional<LabelPointer.FileRef> find(String sha256) {
        return Optional.ofNullable(bySha256.get(sha256.toLowerCase(Locale.ROOT)));
    }
}
