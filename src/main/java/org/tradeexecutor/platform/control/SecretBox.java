package org.tradeexecutor.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts secrets at rest (webhook secrets, later broker keys) with AES-256-GCM. The key is ENCRYPTION_KEY (base64,
 * 32 bytes); on the embedded store without it, a key is generated once into DATA_DIR/encryption.key. With an external
 * MongoDB the key must be configured, so that every instance can read what another wrote.
 */
@ApplicationScoped
public class SecretBox {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Config config;

    private SecretKeySpec key;

    @PostConstruct
    void loadKey() {
        DatabaseSettings settings = DatabaseSettings.from(config);
        byte[] bytes = config.getOptionalValue(keyName(), String.class)
                .map(value -> Base64.getDecoder().decode(value.trim()))
                .orElseGet(() -> settings.embedded() ? keyFile(settings.dataDirectory().resolve(keyFileName()))
                        : failWithoutKey(keyName()));
        if (bytes.length != 32) {
            throw new IllegalStateException(keyName() + " must be 32 bytes, base64-encoded (e.g. openssl rand -base64 32)");
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    /** The setting that holds the key. */
    protected String keyName() {
        return "ENCRYPTION_KEY";
    }

    /** Where the embedded default keeps a generated key, in DATA_DIR. */
    protected String keyFileName() {
        return "encryption.key";
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    public String decrypt(String box) {
        try {
            byte[] all = Base64.getDecoder().decode(box);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a secret: wrong " + keyName() + "?", e);
        }
    }

    /** A random secret for a person to copy, e.g. a webhook secret. */
    public static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the file stays with the default permissions.
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    private static byte[] failWithoutKey(String keyName) {
        throw new IllegalStateException("Set " + keyName + " (32 random bytes, base64: openssl rand -base64 32) when using MONGODB_URI");
    }
}
