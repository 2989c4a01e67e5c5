package dev.pyvet.core.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies the build of pyvet that is running, so that cached findings are dropped whenever
 * pyvet's code changes: a version string such as 0.1.0-SNAPSHOT covers many different builds.
 *
 * <p>The fingerprint is a digest of the content of every class and resource in the jars or class
 * folders the given classes were loaded from. For a jar that is the names and CRC-32s its zip
 * directory already records (the JVM has that directory open, so this costs about a millisecond);
 * for a class folder (tests, running from an IDE) every file is read. Rebuilding identical code
 * gives the same fingerprint; any change to a class or resource gives another.
 */
public final class BuildFingerprint {
  private BuildFingerprint() {}

  /** The fingerprint of the code that holds {@code anchors} (duplicated locations count once). */
  public static String of(Class<?>... anchors) {
    Set<Path> locations = new LinkedHashSet<>();
    for (Class<?> anchor : anchors) {
      Path location = location(anchor);
      if (location == null) {
        // Unknown origin: nothing to tell builds apart, so never reuse results across runs.
        return "unknown-" + System.nanoTime();
      }
      locations.add(location);
    }
    return ofLocations(List.copyOf(locations));
  }

  /** The fingerprint of these jars and class folders. */
  static String ofLocations(List<Path> locations) {
    ByteArrayOutputStream digestInput = new ByteArrayOutputStream();
    try {
      for (Path location : locations) {
        digestInput.write(location.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        if (Files.isDirectory(location)) {
          addFolder(location, digestInput);
        } else {
          addJar(location, digestInput);
        }
      }
    } catch (IOException | RuntimeException e) {
      return "unknown-" + System.nanoTime();
    }
    byte[] bytes = digestInput.toByteArray();
    return ContentHash.hex(ContentHash.of(bytes)) + "-" + bytes.length;
  }

  private static Path location(Class<?> anchor) {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    if (url == null) {
      return null;
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static void addJar(Path jar, ByteArrayOutputStream out) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        out.write(e.getName().getBytes(StandardCharsets.UTF_8));
        writeLong(out, e.getCrc());
        writeLong(out, e.getSize());
      }
    }
  }

  private static void addFolder(Path folder, ByteArrayOutputStream out) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    files.sort(null);
    for (Path file : files) {
      out.write(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      writeLong(out, ContentHash.of(Files.readAllBytes(file)));
    }
  }

  private static void writeLong(ByteArrayOutputStream out, long v) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (v >>> shift));
    }
  }
}
