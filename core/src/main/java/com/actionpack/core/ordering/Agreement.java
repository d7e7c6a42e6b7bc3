package com.actionpack.core.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An agreement text a buyer accepts with "Accept agreement &amp; place order" (R7, R7a): its
 * version id and its text, identified beyond doubt by the SHA-256 of the text (UTF-8, as
 * shown). An order records the version and the hash of the agreement it was placed under.
 *
 * @param version a short id people quote ("2026-11"); never blank
 * @param text the full text shown beside the checkbox; never blank
 */
public record Agreement(String version, String text) {

    /** The guide the source names for license use rights and limitations (R7a). */
    public static final String TERMS_OF_PARTICIPATION_GUIDE =
            "Microsoft AI Cloud Partner Program Terms of Participation Guide";

    /** Where the source links that guide. */
    public static final String TERMS_OF_PARTICIPATION_URL = "https://assetsprod.microsoft.com/mpn-maps-product-usage-guide.pdf";

    /**
     * The first recorded version: the one every order placed before R7a was placed under (the
     * migration that added the columns gives those orders this version and hash).
     */
    public static final Agreement FIRST = new Agreement("2026-11",
            "My organization buys one Microsoft Action Pack subscription for 12 months and uses its software and"
                    + " services under the " + TERMS_OF_PARTICIPATION_GUIDE + ".");

    /** The agreement the checkout shows today. */
    public static final Agreement CURRENT = FIRST;

    public Agreement {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(text, "text");
        if (version.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("an agreement has a version and a text");
        }
    }

    /** The SHA-256 of the text's UTF-8 bytes, 64 lowercase hex digits. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What an order keeps of it when {@code userId} accepts it at {@code at}. */
    public AcceptedAgreement acceptedBy(long userId, Instant at) {
        return new AcceptedAgreement(version, sha256(), userId, at);
    }

    /**
     * The agreement an order was placed under, as recorded with the order (R7a).
     *
     * @param version the agreement's version id
     * @param sha256 the SHA-256 of its text, 64 lowercase hex digits
     * @param acceptedByUserId who ticked the box and placed the order
     * @param acceptedAt when
     */
    public record AcceptedAgreement(String version, String sha256, long acceptedByUserId, Instant acceptedAt) {

        public AcceptedAgreement {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(acceptedAt, "acceptedAt");
        }

        /** "2026-11 (SHA-256 f82aee17...)": what invoices and audit entries show. */
        public String label() {
            return version + " (SHA-256 " + sha256 + ")";
        }
    }
}
