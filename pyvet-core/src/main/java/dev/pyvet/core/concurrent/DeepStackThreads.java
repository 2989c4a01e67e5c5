package dev.pyvet.core.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads with a large stack, so that deeply nested (but valid) Python parses on any thread
 * whatever {@code -Xss} the JVM was started with.
 */
public final class DeepStackThreads {
  /** Bytes of stack per thread; reserved, and only committed as it is used. */
  public static final long STACK_SIZE = 64L * 1024 * 1024;

  private DeepStackThreads() {}

  public static ThreadFactory factory(String namePrefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(null, task, namePrefix + "-" + count.incrementAndGet(), STACK_SIZE);
      t.setDaemon(true);
      return t;
    };
  }

  /** Runs {@code work} on a fresh deep-stack thread and waits for it. */
  public static <T> T call(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = factory("pyvet-main").newThread(task);
    t.start();
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
