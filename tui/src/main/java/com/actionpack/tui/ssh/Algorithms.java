package com.actionpack.tui.ssh;

import org.apache.sshd.server.SshServer;

import java.util.List;
import java.util.Set;

/**
 * The key exchanges and MACs the server offers: sshd's defaults minus what ssh-audit (Debian's
 * package, run in {@code .ci/run}) fails or warns about, keeping what current OpenSSH clients
 * negotiate (curve25519-sha256 and the post-quantum hybrids for key exchange, the
 * encrypt-then-MAC SHA-2 MACs; chacha20-poly1305 and AES-GCM need no MAC at all).
 */
final class Algorithms {

    /**
     * Left out: the NIST-curve exchanges ({@code ecdh-sha2-nistp*}, and the ML-KEM hybrids over
     * NIST curves), which ssh-audit fails, and the pre-standard sntrup761 name it warns about.
     * {@code kex-strict-s-v00@openssh.com} is not an exchange but the Terrapin countermeasure:
     * kept, as are the standard hybrids an older auditor only calls "unknown".
     */
    static final Set<String> REFUSED_KEX = Set.of("ecdh-sha2-nistp256", "ecdh-sha2-nistp384", "ecdh-sha2-nistp521",
            "mlkem768nistp256-sha256", "mlkem1024nistp384-sha384", "sntrup761x25519-sha512@openssh.com");

    /** Only encrypt-then-MAC with SHA-2: SHA-1 and encrypt-and-MAC modes are warned about. */
    static final Set<String> OFFERED_MACS = Set.of("hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com");

    private Algorithms() {
    }

    /** Narrows {@code server}'s (default) lists, keeping their order of preference. */
    static void restrict(SshServer server) {
        server.setKeyExchangeFactories(server.getKeyExchangeFactories().stream()
                .filter(f -> !REFUSED_KEX.contains(f.getName())).toList());
        server.setMacFactories(server.getMacFactories().stream()
                .filter(f -> OFFERED_MACS.contains(f.getName())).toList());
    }

    static List<String> kexNames(SshServer server) {
        return server.getKeyExchangeFactories().stream().map(f -> f.getName()).toList();
    }
}
