package dev.pyvet.core.cache;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cache file's format. Everything is in one file, read and written whole, once per run:
 *
 * <pre>
 * magic        8 bytes "PYVETRC" 0x02 (the last byte is the format's version)
 * fingerprint  string: the build of pyvet that wrote it ({@link BuildFingerprint})
 * settings     string: the settings the findings were computed with
 * strings      count, then each string: the codes and messages, each stored once
 * entries      count, then each entry, sorted by path:
 *                path (the length it shares with the previous entry's path, then the rest),
 *                size, mtime, file key, content hash, trusted flag, last-used day,
 *                findings: count, byte length, then for each: row, column, code's string
 *                index, message's string index
 * checksum     8 bytes: {@link ContentHash} of everything before it
 * </pre>
 *
 * Numbers are unsigned LEB128 varints except mtime, file key and hashes (8 bytes, big-endian);
 * strings are a varint byte length then UTF-8. Decoding checks every length against what is left,
 * so a truncated, corrupt or foreign file fails with {@link CorruptCacheException}, never with an
 * attempt to allocate gigabytes. Findings are left encoded until a run uses them (their byte
 * length lets loading skip them); decoding them checks their string indexes and throws
 * {@link IllegalStateException} on a bad one, which the cache treats as a miss.
 */
final class CacheCodec {
  private static final byte[] MAGIC = {'P', 'Y', 'V', 'E', 'T', 'R', 'C', 2};

  private CacheCodec() {}

  /** The content of a cache file. */
  record Contents(String fingerprint, String settingsKey, Map<String, CacheEntry> entries) {}

  static final class CorruptCacheException extends Exception {
    CorruptCacheException(String message) {
      super(message, null, false, false);
    }
  }

  static byte[] encode(Contents contents) {
    List<String> paths = new ArrayList<>(contents.entries().keySet());
    paths.sort(null);
    Map<String, Integer> index = new HashMap<>();
    List<String> strings = new ArrayList<>();
    for (String path : paths) {
      for (CacheEntry.Finding f : contents.entries().get(path).findings().list()) {
        for (String s : new String[] {f.code(), f.message()}) {
          if (index.putIfAbsent(s, strings.size()) == null) {
            strings.add(s);
          }
        }
      }
    }
    Writer w = new Writer();
    w.bytes(MAGIC);
    w.string(contents.fingerprint());
    w.string(contents.settingsKey());
    w.varint(strings.size());
    for (String s : strings) {
      w.string(s);
    }
    w.varint(paths.size());
    byte[] previous = new byte[0];
    for (String path : paths) {
      byte[] p = path.getBytes(StandardCharsets.UTF_8);
      int shared = Arrays.mismatch(previous, p);
      if (shared < 0) {
        shared = p.length; // the same path twice cannot happen: keys are unique
      }
      w.varint(shared);
      w.varint(p.length - shared);
      w.bytes(p, shared, p.length - shared);
      previous = p;
      CacheEntry e = contents.entries().get(path);
      w.varlong(e.size());
      w.fixed(e.mtime());
      w.fixed(e.fileKey());
      w.fixed(e.hash());
      w.varint(e.trusted() ? 1 : 0);
      w.varint(e.lastUsedDay());
      List<CacheEntry.Finding> findings = e.findings().list();
      Writer block = new Writer();
      for (CacheEntry.Finding f : findings) {
        block.varint(f.row());
        block.varint(f.col());
        block.varint(index.get(f.code()));
        block.varint(index.get(f.message()));
      }
      w.varint(findings.size());
      w.varint(block.out.size());
      w.bytes(block.out.toByteArray());
    }
    w.fixed(ContentHash.of(w.out.toByteArray()));
    return w.out.toByteArray();
  }

  /** The contents of a cache file, or an exception when it is not one this format wrote intact. */
  static Contents decode(byte[] data) throws CorruptCacheException {
    if (data.length < MAGIC.length + 8
        || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new CorruptCacheException("not a pyvet cache file of this format");
    }
    int end = data.length - 8;
    long checksum = new Reader(data, end, end + 8).fixed();
    if (checksum != ContentHash.of(data, 0, end)) {
      throw new CorruptCacheException("checksum mismatch (truncated or damaged)");
    }
    Reader r = new Reader(data, MAGIC.length, end);
    String fingerprint = r.string();
    String settingsKey = r.string();
    int stringCount = r.count(1);
    String[] strings = new String[stringCount];
    for (int i = 0; i < stringCount; i++) {
      strings[i] = r.string();
    }
    int entryCount = r.count(20);
    Map<String, CacheEntry> entries = new HashMap<>(entryCount * 2);
    byte[] previous = new byte[0];
    for (int i = 0; i < entryCount; i++) {
      int shared = r.varint();
      if (shared > previous.length) {
        throw new CorruptCacheException("bad path prefix");
      }
      int rest = r.count(1);
      byte[] p = Arrays.copyOf(previous, shared + rest);
      r.bytes(p, shared, rest);
      previous = p;
      long size = r.varlong();
      long mtime = r.fixed();
      long fileKey = r.fixed();
      long hash = r.fixed();
      boolean trusted = r.varint() != 0;
      int day = r.varint();
      int findingCount = r.varint();
      int length = r.count(1);
      if ((long) findingCount * 4 > length) {
        throw new CorruptCacheException("more findings than bytes");
      }
      Encoded findings = new Encoded(data, r.pos, length, findingCount, strings);
      r.pos += length;
      String path = new String(p, StandardCharsets.UTF_8);
      if (entries.put(path, new CacheEntry(size, mtime, fileKey, hash, trusted, day, findings)) != null) {
        throw new CorruptCacheException("path stored twice");
      }
    }
    if (r.pos != end) {
      throw new CorruptCacheException("trailing bytes");
    }
    return new Contents(fingerprint, settingsKey, entries);
  }

  /** Findings still in the cache file's bytes. */
  private record Encoded(byte[] data, int offset, int length, int count, String[] strings)
      implements CacheEntry.Findings {
    @Override
    public List<CacheEntry.Finding> list() {
      List<CacheEntry.Finding> out = new ArrayList<>(count);
      decode((row, col, code, message) -> out.add(new CacheEntry.Finding(row, col, code, message)));
      return out;
    }

    @Override
    public List<Diagnostic> diagnostics(String path) {
      List<Diagnostic> out = new ArrayList<>(count);
      decode((row, col, code, message) -> out.add(new Diagnostic(path, row, col, code, message)));
      return out;
    }

    private interface Sink {
      void accept(int row, int col, String code, String message);
    }

    private void decode(Sink sink) {
      Reader r = new Reader(data, offset, offset + length);
      try {
        for (int i = 0; i < count; i++) {
          sink.accept(r.varint(), r.varint(), r.indexInto(strings), r.indexInto(strings));
        }
        if (r.pos != offset + length) {
          throw new CorruptCacheException("findings of the wrong length");
        }
      } catch (CorruptCacheException e) {
        throw new IllegalStateException(e.getMessage());
      }
    }
  }

  private static final class Writer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

    void bytes(byte[] b) {
      out.write(b, 0, b.length);
    }

    void bytes(byte[] b, int off, int len) {
      out.write(b, off, len);
    }

    void varint(int v) {
      varlong(v & 0xFFFFFFFFL);
    }

    void varlong(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) (v & 0x7F) | 0x80);
        v >>>= 7;
      }
      out.write((int) v);
    }

    void fixed(long v) {
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (v >>> shift));
      }
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      bytes(b);
    }
  }

  private static final class Reader {
    final byte[] data;
    final int end;
    int pos;

    Reader(byte[] data, int pos, int end) {
      this.data = data;
      this.pos = pos;
      this.end = end;
    }

    long varlong() throws CorruptCacheException {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new CorruptCacheException("truncated number");
        }
        int b = data[pos++];
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new CorruptCacheException("number too long");
    }

    int varint() throws CorruptCacheException {
      long v = varlong();
      if (v < 0 || v > Integer.MAX_VALUE) {
        throw new CorruptCacheException("number out of range");
      }
      return (int) v;
    }

    /** A count of items that take at least {@code minBytes} each: no more than the rest holds. */
    int count(int minBytes) throws CorruptCacheException {
      int n = varint();
      if ((long) n * minBytes > end - pos) {
        throw new CorruptCacheException("count larger than the file");
      }
      return n;
    }

    long fixed() throws CorruptCacheException {
      if (end - pos < 8) {
        throw new CorruptCacheException("truncated");
      }
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = v << 8 | (data[pos++] & 0xFF);
      }
      return v;
    }

    void bytes(byte[] into, int off, int len) {
      System.arraycopy(data, pos, into, off, len);
      pos += len;
    }

    String string() throws CorruptCacheException {
      int len = count(1);
      String s = new String(data, pos, len, StandardCharsets.UTF_8);
      pos += len;
      return s;
    }

    String indexInto(String[] strings) throws CorruptCacheException {
      int i = varint();
      if (i >= strings.length) {
        throw new CorruptCacheException("string index out of range");
      }
      return strings[i];
    }
  }
}
