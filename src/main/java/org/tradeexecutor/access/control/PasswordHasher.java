package org.tradeexecutor.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/** PBKDF2-HMAC-SHA256 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}. */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** OWASP's 2023 guidance for PBKDF2-HMAC-SHA256 starts at 600,000; 210,000 keeps a sign-in near 0.1 s on 2 cores. */
    @Inject
    @ConfigProperty(name = "PASSWORD_HASH_ITERATIONS", defaultValue = "210000")
    int iterations;

    /** Verified against when the user does not exist, so that the answer takes as long either way; made on first use. */
    private volatile String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification without a stored hash. */
    public void spendVerificationTime(String password) {
        if (decoyHash == null) {
            decoyHash = hash("not a password anyone has");
        }
        pbkdf2.verify(password.toCharArray(), decoyHash);
    }
}
