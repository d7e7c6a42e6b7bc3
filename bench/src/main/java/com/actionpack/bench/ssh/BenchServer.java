package com.actionpack.bench.ssh;

import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.ssh.AuthorizedKeysFile;
import com.actionpack.tui.ssh.ListenAddress;
import com.actionpack.tui.ssh.ShellSessions;
import com.actionpack.tui.ssh.SshConsoleServer;
import com.actionpack.tui.ssh.SshServerOptions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Map;

/**
 * The server side of {@link SshLoadBench}, in its own JVM so that its memory is measured alone:
 * the console shell's main menu over SSH on a free loopback port. Prints "PORT n" once, then
 * "HEAP used committed" (bytes) twice a second, and "GCHEAP used" after a full GC when it reads
 * 'g'; stops when its standard input closes.
 * Args: AUTHORIZED_KEYS HOST_KEY MAX_SESSIONS.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        SshServerOptions options = SshServerOptions.defaults(Path.of(args[1]), Path.of(args[0]))
                .withListen(new ListenAddress("127.0.0.1", 0))
                .withMaxSessions(Integer.parseInt(args[2]));
        SshConsoleServer server = new SshConsoleServer(options, AuthorizedKeysFile.load(options.authorizedKeysFile()),
                ShellSessions.factory(ConsoleSettings.defaults(), MainMenuScreen.factory(Map.of())));
        System.out.println("PORT " + server.start().address().port());
        System.out.flush();
        Thread reporter = new Thread(BenchServer::reportHeap, "heap-reporter");
        reporter.setDaemon(true);
        reporter.start();
        // 'g' from the parent: report the live heap after a full GC. End of input: stop.
        for (int c = System.in.read(); c >= 0; c = System.in.read()) {
            if (c == 'g') {
                System.gc();
                System.out.println("GCHEAP " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                System.out.flush();
            }
        }
        server.stop();
    }

    private static void reportHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        while (true) {
            var heap = memory.getHeapMemoryUsage();
            System.out.println("HEAP " + heap.getUsed() + " " + heap.getCommitted());
            System.out.flush();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
