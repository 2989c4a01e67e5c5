package dev.pyvet.core.cache;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cache knows about one file: how it looked when it was checked and what was found.
 *
 * @param size the file's length in bytes
 * @param mtime its modification time, in nanoseconds since the epoch
 * @param fileKey a digest of the file system's identity of the file (device and inode on Unix),
 *     0 when the system has none; a file replaced by another (as editors save) gets a new one
 * @param hash {@link ContentHash} of its bytes
 * @param trusted whether size, mtime and file key alone may vouch for the content: false when the
 *     file was modified so shortly before it was read that a later edit could keep the same
 *     mtime (coarse file-system clocks), so the next run compares the content instead
 * @param lastUsedDay the day (since the epoch) a run last used this entry; long-unused ones are
 *     dropped
 * @param findings what the check reported, after noqa, without the path, sorted
 */
record CacheEntry(
    long size, long mtime, long fileKey, long hash, boolean trusted, int lastUsedDay,
    Findings findings) {

  /** One finding without its path, which depends on how the file was named on the command line. */
  record Finding(int row, int col, String code, String message) {}

  /**
   * A file's findings: a list for files checked in this run, or still encoded in the loaded
   * cache file, decoded only when used (on the checking threads, not while loading).
   */
  interface Findings {
    List<Finding> list();

    List<Diagnostic> diagnostics(String path);
  }

  record Listed(List<Finding> list) implements Findings {
    Listed {
      list = List.copyOf(list);
    }

    @Override
    public List<Diagnostic> diagnostics(String path) {
      List<Diagnostic> out = new ArrayList<>(list.size());
      for (Finding f : list) {
        out.add(new Diagnostic(path, f.row(), f.col(), f.code(), f.message()));
      }
      return out;
    }
  }

  static CacheEntry of(long size, long mtime, long fileKey, long hash, boolean trusted, int day,
      List<Diagnostic> diagnostics) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER); // so that sorting them again on a hit costs one pass
    List<Finding> findings = new ArrayList<>(sorted.size());
    for (Diagnostic d : sorted) {
      findings.add(new Finding(d.row(), d.col(), d.code(), d.message()));
    }
    return new CacheEntry(size, mtime, fileKey, hash, trusted, day, new Listed(findings));
  }

  /** Whether a file with this size, mtime and key may be taken as unchanged without reading it. */
  boolean vouchesFor(long size, long mtime, long fileKey) {
    return trusted && this.size == size && this.mtime == mtime && this.fileKey == fileKey;
  }

  CacheEntry restamped(long size, long mtime, long fileKey, boolean trusted, int day) {
    return new CacheEntry(size, mtime, fileKey, hash, trusted, day, findings);
  }

  CacheEntry usedOn(int day) {
    return day == lastUsedDay ? this : new CacheEntry(size, mtime, fileKey, hash, trusted, day, findings);
  }

  List<Diagnostic> diagnostics(String path) {
    return findings.diagnostics(path);
  }
}
