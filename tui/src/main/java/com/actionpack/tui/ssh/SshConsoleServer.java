package com.actionpack.tui.ssh;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.scp.server.ScpCommandFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Serves the console over SSH: public-key sign-in against a {@link KeyDirectory}, one console
 * session per shell channel with a PTY, and, when given {@link ExportFiles}, read-only SFTP and
 * scp of the signed-in user's export folder. Nothing else: no other command or subsystem, no
 * TCP, agent or X11 forwarding, no password or keyboard-interactive sign-in.
 */
public final class SshConsoleServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SshConsoleServer.class);
    private static final AttributeKey<SshIdentity> IDENTITY = new AttributeKey<>();
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final SshServerOptions options;
    private final KeyDirectory keys;
    private final ConsoleSessionFactory factory;
    private final ExportFiles exports;
    private final SessionRegistry sessions;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ssh-idle-watch");
        thread.setDaemon(true);
        return thread;
    });
    private SshServer sshd;

    /** The console only: SFTP and scp refused. */
    public SshConsoleServer(SshServerOptions options, KeyDirectory keys, ConsoleSessionFactory factory) {
        this(options, keys, factory, null);
    }

    /**
     * @param exports what SFTP and scp serve each user (their export folder, read-only), or
     *                null to refuse file transfer
     */
    public SshConsoleServer(SshServerOptions options, KeyDirectory keys, ConsoleSessionFactory factory,
                            ExportFiles exports) {
        this.options = Objects.requireNonNull(options, "options");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.exports = exports;
        this.sessions = new SessionRegistry(options.maxSessions());
    }

    /** What an operator needs to know once the server listens. */
    public record Started(ListenAddress address, String hostKeyType, String hostKeyFingerprint,
                          boolean hostKeyGenerated) {
    }

    /** Loads or creates the host key, then listens. */
    public synchronized Started start() throws IOException {
        if (sshd != null) {
            throw new IllegalStateException("already started");
        }
        HostKey hostKey = HostKey.loadOrCreate(options.hostKeyFile());
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(options.listen().host());
        server.setPort(options.listen().port());
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey.keyPair()));
        Algorithms.restrict(server);

        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setPublickeyAuthenticator(this::authenticate);

        IdleWatch idle = new IdleWatch(scheduler, options.idleTimeout());
        server.setShellFactory(channel -> new ConsoleCommand(factory, sessions, idle));
        server.setCommandFactory((channel, command) -> new RefusedCommand());
        server.setSubsystemFactories(List.of());
        if (exports != null) {
            FetchAudit audit = new FetchAudit(exports);
            server.setFileSystemFactory(new ExportFileSystems(exports));
            SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder()
                    .withFileSystemAccessor(new ReadOnlySftpAccessor()).build();
            sftp.addSftpEventListener(audit);
            server.setSubsystemFactories(List.of(sftp));
            server.setCommandFactory(new ScpCommandFactory.Builder()
                    .withDelegate((channel, command) -> new RefusedCommand())
                    .addEventListener(audit)
                    .build());
        }
        // Agent, X11 and TCP forwarding requests are all answered with a failure (the filter
        // covers the three), and there is no agent to forward to.
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setAgentFactory(null);

        server.addSessionListener(new ConnectionLimit(connectionLimit(options.maxSessions())));
        // Console sessions close themselves on idle (IdleWatch: a message, the terminal restored);
        // the transport's timeout, a little later, still ends idle SFTP, scp and unsigned connections.
        CoreModuleProperties.IDLE_TIMEOUT.set(server, options.idleTimeout().plusSeconds(30));
        // The version banner names no library and no version (nothing for a scanner to match).
        CoreModuleProperties.SERVER_IDENTIFICATION.set(server, "ActionPackConsole");
        // A client that never signs in should not hold a connection for the default 2 minutes.
        CoreModuleProperties.AUTH_TIMEOUT.set(server, Duration.ofSeconds(30));
        server.start();
        sshd = server;

        int port = ((InetSocketAddress) server.getBoundAddresses().iterator().next()).getPort();
        ListenAddress bound = new ListenAddress(options.listen().host(), port);
        LOG.info("Listening on {} with host key {} {}", bound, hostKey.type(), hostKey.fingerprint());
        return new Started(bound, hostKey.type(), hostKey.fingerprint(), hostKey.generated());
    }

    private boolean authenticate(String username, PublicKey key, ServerSession session) {
        String fingerprint = KeyUtils.getFingerPrint(key);
        Optional<String> email = keys.emailFor(key);
        if (email.isEmpty()) {
            LOG.info("Refused key {} for user '{}' from {}", fingerprint, username, session.getClientAddress());
            return false;
        }
        session.setAttribute(IDENTITY, new SshIdentity(email.get(), username, fingerprint,
                address(session.getClientAddress())));
        return true;
    }

    /**
     * Connections allowed at once, signed in or not: twice the sessions, so that sign-ins in
     * progress and clients told "too many sessions" have room, while a flood of connections
     * that never sign in cannot use up the machine.
     */
    static int connectionLimit(int maxSessions) {
        return 2 * maxSessions;
    }

    /** The identity of a signed-in session, or null before sign-in. */
    static SshIdentity identityOf(Session session) {
        return session.getAttribute(IDENTITY);
    }

    /** "HOST:PORT", an IPv6 host in brackets. */
    static String address(SocketAddress address) {
        if (address instanceof InetSocketAddress) {
            InetSocketAddress inet = (InetSocketAddress) address;
            String host = inet.getAddress() != null ? inet.getAddress().getHostAddress() : inet.getHostString();
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    /** The console sessions running now. */
    public int activeSessions() {
        return sessions.active();
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops listening, hangs up on every session and waits for their threads (a few seconds at
     * most), then closes every connection. Safe to call twice, and from a shutdown hook.
     */
    public void stop() {
        SshServer server;
        synchronized (this) {
            server = sshd;
            sshd = null;
        }
        if (server == null) {
            stopped.countDown();
            return;
        }
        scheduler.shutdownNow();
        try {
            sessions.hangUpAll(STOP_WAIT);
            server.stop(false);
        } catch (IOException e) {
            LOG.warn("Error while stopping the SSH server: {}", e.getMessage());
        } finally {
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
