package com.actionpack.persistence.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that seals the ledgers (R23): 32 random bytes kept outside the database
 * ({@link LedgerKeyFile}), so that whoever can only change the database (direct SQL) cannot
 * produce a seal that verifies. Seals are lower-case hex HMAC-SHA256 of the JDK.
 *
 * <p>{@link #id()} names the key in messages and in the database's seal (the first 16 hex
 * digits of a MAC of a fixed text): it tells a wrong key from a changed seal without telling
 * anything of the key. {@link #toString()} never shows the key's bytes.
 */
public final class LedgerKey {

    /** The key's length in bytes (256 bits, HMAC-SHA256's block-size-safe choice). */
    public static final int BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;
    private final String id;

    private LedgerKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a ledger key is " + BYTES + " bytes, not " + bytes.length);
        }
        this.secret = new SecretKeySpec(bytes, ALGORITHM);
        this.id = mac("actionpack ledger key id").substring(0, 16);
    }

    /** A key of exactly {@value #BYTES} bytes (copied). */
    public static LedgerKey of(byte[] bytes) {
        return new LedgerKey(Arrays.copyOf(bytes, bytes.length));
    }

    /** A new random key. */
    public static LedgerKey generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new LedgerKey(bytes);
    }

    /** 16 hex digits that name this key; the same key always has the same id. */
    public String id() {
        return id;
    }

    /** Lower-case hex HMAC-SHA256 of the UTF-8 bytes of {@code message}. */
    public String mac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** The key as written to its file: 64 lower-case hex digits. */
    String hex() {
        return HexFormat.of().formatHex(secret.getEncoded());
    }

    @Override
    public String toString() {
        return "LedgerKey[" + id + "]";
    }
}
