package dev.pyvet.core.cache;

import dev.pyvet.core.cache.CacheCodec.Contents;
import dev.pyvet.core.cache.CacheCodec.CorruptCacheException;
import dev.pyvet.core.check.FileCheck;
import dev.pyvet.core.check.FileChecker;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Findings of earlier runs, reused for files that have not changed since.
 *
 * <p>The cache lives in {@code .pyvet_cache/} in the project root, one file per combination of
 * settings ({@code results-HASH.bin}, HASH a digest of the settings key), so that switching between
 * two selections does not throw either away. A file's findings are reused when the build of pyvet
 * ({@link BuildFingerprint}) and the settings key are the ones that computed them and the file is
 * unchanged: the same size, mtime and file identity (the fast path, no read), or else the same
 * content hash (a touched or re-checked-out file costs a read but no check). What is stored is a
 * file's findings after its {@code # noqa} comments and before output and per-file-ignores, E999
 * and E902 for undecodable files included. Files that cannot be read are not cached: there is no
 * content to key them on, and their E902 message depends on how they were named.
 *
 * <p>The file is read once when the cache is opened and written at most once, by {@link #save},
 * only when something changed: to a temporary file in the same folder, then renamed over the old
 * one, so a reader sees the old file or the new one, never half of one. Two runs at once each
 * write a whole file and the last rename wins; the loser's new entries are checked again next
 * time. A file that is not a cache of this build and these settings (corrupt, truncated, another
 * format, another build) is ignored and replaced; no cache problem ever fails a check.
 */
public final class ResultCache {
  /** The cache's folder, in the project root. */
  public static final String DIRECTORY = ".pyvet_cache";

  /**
   * How long after its last modification a file's mtime may be trusted: file systems with coarse
   * clocks (a second, two on FAT) give an edit made just after our read the mtime we recorded.
   */
  static final long RACY_MILLIS = 2_000;

  /** Entries no run has used for this many days are dropped when the cache is next written. */
  static final int KEEP_DAYS = 30;

  private final Path file;
  private final String fingerprint;
  private final String settingsKey;
  private final Map<String, CacheEntry> loaded;
  private final Map<String, CacheEntry> current = new ConcurrentHashMap<>();
  /** Whether a folder holds an {@code __init__.py}, asked once per folder per run. */
  private final Map<Path, Boolean> packageFolders = new ConcurrentHashMap<>();
  private final AtomicBoolean changed = new AtomicBoolean();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger checks = new AtomicInteger();
  private final LongSupplier clock;

  private ResultCache(Path file, String fingerprint, String settingsKey, Map<String, CacheEntry> loaded,
      LongSupplier clock) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.settingsKey = settingsKey;
    this.loaded = loaded;
    this.clock = clock;
  }

  /**
   * The cache of {@code projectRoot} for this build and these settings, loaded from its file
   * when there is a usable one, else empty.
   *
   * @param fingerprint the running build's {@link BuildFingerprint}
   * @param settingsKey everything besides the file's content that decides its findings (code
   *     selection, rule options, noqa handling), as a canonical string
   */
  public static ResultCache open(Path projectRoot, String fingerprint, String settingsKey) {
    return open(projectRoot, fingerprint, settingsKey, System::currentTimeMillis);
  }

  static ResultCache open(Path projectRoot, String fingerprint, String settingsKey, LongSupplier clock) {
    byte[] keyBytes = settingsKey.getBytes(StandardCharsets.UTF_8);
    Path file = projectRoot.resolve(DIRECTORY)
        .resolve("results-" + ContentHash.hex(ContentHash.of(keyBytes)) + ".bin");
    return new ResultCache(file, fingerprint, settingsKey, load(file, fingerprint, settingsKey), clock);
  }

  private static Map<String, CacheEntry> load(Path file, String fingerprint, String settingsKey) {
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      return Map.of(); // none yet, unreadable, or absurdly large: start afresh
    }
    try {
      Contents contents = CacheCodec.decode(data);
      if (contents.fingerprint().equals(fingerprint) && contents.settingsKey().equals(settingsKey)) {
        return contents.entries();
      }
    } catch (CorruptCacheException | RuntimeException e) {
      // not ours, or damaged: it is overwritten by this run's save
    }
    return Map.of();
  }

  /** The cache file (which may not exist). */
  public Path file() {
    return file;
  }

  /** How many files this run took from the cache. */
  public int hits() {
    return hits.get();
  }

  /** How many files this run checked because the cache had nothing valid for them. */
  public int checks() {
    return checks.get();
  }

  /** {@code checker}'s check, answered from the cache when the file has not changed. */
  public FileCheck around(FileChecker checker) {
    return file -> findings(file, checker);
  }

  private List<Diagnostic> findings(FileToCheck file, FileChecker checker) {
    // "pyvet check ." reads /p/./a.py, "pyvet check a.py" /p/a.py: one file, one entry. Should
    // normalizing merge two different files (a symbolic link before ".."), their inodes differ.
    Path absolute = file.path().toAbsolutePath().normalize();
    // Some rules (print or logging set-up in library code) ask whether the file is part of a
    // package, which its content does not tell: a file that joins or leaves a package when an
    // __init__.py beside it comes or goes must be checked again.
    String key = absolute + (inPackage(absolute) ? "\u0000package" : "");
    long now = clock.getAsLong();
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file.path(), BasicFileAttributes.class);
    } catch (IOException | RuntimeException e) {
      return uncached(file, checker); // it reports why the file cannot be read
    }
    if (!attrs.isRegularFile()) {
      return uncached(file, checker);
    }
    long size = attrs.size();
    long mtime = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    long fileKey = attrs.fileKey() == null ? 0 : attrs.fileKey().hashCode() & 0xFFFFFFFFL | 1L << 32;
    int today = (int) (now / 86_400_000L);
    CacheEntry known = loaded.get(key);
    if (known != null && known.vouchesFor(size, mtime, fileKey)) {
      List<Diagnostic> cached = decoded(known, file);
      if (cached != null) {
        current.put(key, known.usedOn(today));
        hits.incrementAndGet();
        return cached;
      }
      known = null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      return uncached(file, checker);
    }
    long hash = ContentHash.of(bytes);
    long mtimeMillis = mtime / 1_000_000L;
    boolean trusted = bytes.length == size && mtimeMillis + RACY_MILLIS <= now;
    if (known != null && known.size() == bytes.length && known.hash() == hash) {
      List<Diagnostic> cached = decoded(known, file);
      if (cached != null) {
        current.put(key, known.restamped(size, mtime, fileKey, trusted, today));
        changed.set(true);
        hits.incrementAndGet();
        return cached;
      }
    }
    List<Diagnostic> found = checker.check(file, bytes);
    checks.incrementAndGet();
    if (cacheable(found, file.displayPath())) {
      current.put(key, CacheEntry.of(bytes.length, mtime, fileKey, hash, trusted, today, found));
      changed.set(true);
    }
    return found;
  }

  private boolean inPackage(Path file) {
    Path folder = file.getParent();
    return folder != null && packageFolders.computeIfAbsent(folder,
        f -> Files.isRegularFile(f.resolve("__init__.py")));
  }

  /** The entry's findings under this run's name for the file; null if they do not decode. */
  private static List<Diagnostic> decoded(CacheEntry entry, FileToCheck file) {
    try {
      return entry.diagnostics(file.displayPath());
    } catch (RuntimeException e) {
      return null; // a damaged entry that passed the checksum: check the file instead
    }
  }

  private List<Diagnostic> uncached(FileToCheck file, FileChecker checker) {
    checks.incrementAndGet();
    return checker.check(file);
  }

  /** Findings the format can hold and that depend on the content alone. */
  private static boolean cacheable(List<Diagnostic> found, String path) {
    for (Diagnostic d : found) {
      if (d.row() < 0 || d.col() < 0 || !d.path().equals(path)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the cache when this run changed it: this run's entries, and the earlier entries of
   * files it did not check (another folder of the project) unless unused for {@link #KEEP_DAYS}
   * days. Never fails: a cache that cannot be written only costs time next run.
   */
  public void save() {
    if (!changed.get()) {
      return;
    }
    int today = (int) (clock.getAsLong() / 86_400_000L);
    Map<String, CacheEntry> entries = new HashMap<>();
    loaded.forEach((path, entry) -> {
      if (entry.lastUsedDay() >= today - KEEP_DAYS && entry.lastUsedDay() <= today
          && !current.containsKey(path)) {
        try {
          entries.put(path, new CacheEntry(entry.size(), entry.mtime(), entry.fileKey(), entry.hash(),
              entry.trusted(), entry.lastUsedDay(), new CacheEntry.Listed(entry.findings().list())));
        } catch (RuntimeException e) {
          // a damaged entry: leave it out
        }
      }
    });
    entries.putAll(current);
    Path tmp = null;
    try {
      byte[] data = CacheCodec.encode(new Contents(fingerprint, settingsKey, entries));
      Path dir = file.getParent();
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        markFolder(dir);
      }
      tmp = Files.createTempFile(dir, "results-", ".tmp");
      Files.write(tmp, data);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      sweep(dir);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      // read-only project, full disk, a file where the folder should be: run uncached next time
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // nothing more to do
        }
      }
    }
  }

  /**
   * Removes what no run will read again: the cache files of settings unused for {@link
   * #KEEP_DAYS} days, and temporary files a killed run left behind (an hour is far longer than
   * any write takes).
   */
  private void sweep(Path dir) throws IOException {
    long now = clock.getAsLong();
    try (var files = Files.newDirectoryStream(dir)) {
      for (Path p : files) {
        String name = p.getFileName().toString();
        long age = now - Files.getLastModifiedTime(p).toMillis();
        boolean stale = name.startsWith("results-")
            && (name.endsWith(".tmp") && age > 3_600_000L
                || name.endsWith(".bin") && age > KEEP_DAYS * 86_400_000L && !p.equals(file));
        if (stale) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Tells git and backup tools (the CACHEDIR.TAG convention) to leave the folder alone. */
  private static void markFolder(Path dir) throws IOException {
    writeNew(dir.resolve(".gitignore"), "# created by pyvet\n*\n");
    writeNew(dir.resolve("CACHEDIR.TAG"),
        "Signature: 8a477f597d28d172789f06886806bc55\n"
            + "# This file is a cache directory tag created by pyvet.\n"
            + "# For information about cache directory tags see https://bford.info/cachedir/\n");
  }

  private static void writeNew(Path path, String text) throws IOException {
    try {
      Files.writeString(path, text, java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException | NoSuchFileException e) {
      // another run made it first, or the folder went away: either is fine
    }
  }
}
