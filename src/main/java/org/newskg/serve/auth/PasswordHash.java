package org.newskg.serve.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, slow password hash: PBKDF2 with HMAC-SHA256 from the JDK (no dependency), written as
 * {@code PBKDF2-SHA256:ITERATIONS:SALT:HASH} (salt and hash in Base64). Verification takes the
 * iteration count from the stored value, so raising {@link #ITERATIONS} later keeps old lines valid.
 *
 * <pre>{@code
 * String stored = PasswordHash.create("s3cret".toCharArray());
 * PasswordHash.parse(stored).matches("s3cret".toCharArray()); // true
 * }</pre>
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
    public static final String SCHEME = "PBKDF2-SHA256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000; 210,000 keeps a check near 0.1 s on a small machine. */
    public static final int ITERATIONS = 210_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether a stored value is in this format (else it is taken for a plain-text password). */
    public static boolean isHash(String stored) {
        return stored.startsWith(SCHEME + ":");
    }

    /** A new hash of {@code password} with a fresh salt, in the stored form. */
    public static String create(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS)).toString();
    }

    /** @throws IllegalArgumentException when {@code stored} is not {@code PBKDF2-SHA256:N:SALT:HASH} */
    public static PasswordHash parse(String stored) {
        String[] f = stored.split(":");
        if (f.length != 4 || !f[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + ":ITERATIONS:SALT:HASH value");
        }
        try {
            int n = Integer.parseInt(f[1]);
            if (n < 10_000) {
                throw new IllegalArgumentException("too few iterations (" + n + ")");
            }
            return new PasswordHash(
                    n, Base64.getDecoder().decode(f[2]), Base64.getDecoder().decode(f[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("iterations is not a number: " + f[1]);
        }
    }

    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    @Override
    public String toString() {
        return SCHEME + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
