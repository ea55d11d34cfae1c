package io.switchboard.testsupport.process;

import java.util.Arrays;

/**
 * Runs another main class and exits when the process that started it is gone, so a broker or service started by a
 * test run never outlives it, even when the test JVM is killed. Depends on nothing but the JDK: it is put on foreign
 * classpaths.
 *
 * <p>Arguments: {@code <parent pid> <main class> [arguments of that main class...]}.
 */
public final class ParentWatchingMain {

    private ParentWatchingMain() {}

    public static void main(String[] args) throws Throwable {
        long parentPid = Long.parseLong(args[0]);
        String mainClass = args[1];
        String[] rest = Arrays.copyOfRange(args, 2, args.length);

        ProcessHandle parent = ProcessHandle.of(parentPid).orElse(null);
        if (parent == null || !parent.isAlive()) {
            System.err.println("parent process " + parentPid + " is gone; not starting " + mainClass);
            System.exit(3);
        }
        parent.onExit().thenRun(() -> {
            System.err.println("parent process " + parentPid + " exited; stopping " + mainClass);
            System.exit(0);
        });

        Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) rest);
    }
}
