package dev.aigraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** The one secret that write requests present. */
final class ApiKey {

    /** Short keys can be guessed; a generated one has 43 characters. */
    static final int MIN_LENGTH = 16;

    /** The file the embedded default keeps its generated key in, inside the store's folder. */
    static final String FILE_NAME = "api-key";

    private final byte[] digest;

    private ApiKey(String key) {
        this.digest = sha256(key);
    }

    /**
     * The key set in {@code aigraph.security.api-key} / {@code AIGRAPH_API_KEY}.
     *
     * @throws ApiKeyException when it is shorter than {@link #MIN_LENGTH}
     */
    static ApiKey configured(String key) {
        if (key.strip().length() < MIN_LENGTH) {
            throw new ApiKeyException("The API key (AIGRAPH_API_KEY or aigraph.security.api-key) has "
                    + key.strip().length() + " characters; aigraph needs at least " + MIN_LENGTH + ".");
        }
        return new ApiKey(key.strip());
    }

    /**
     * The key kept in {@code file}, generated (32 random bytes, Base64URL) and written there, readable by its owner
     * only, the first time; later starts reuse it so clients keep working.
     */
    static ApiKey generatedIn(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (kept.length() >= MIN_LENGTH) {
                    return new ApiKey(kept);
                }
                Files.delete(file);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // Created owner-only, so the key is never readable by others, not even for a moment.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            return new ApiKey(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated API key in " + file, e);
        }
    }

    /** Whether {@code presented} is the key, in time that does not depend on how much of it is right. */
    boolean matches(String presented) {
        return MessageDigest.isEqual(digest, sha256(presented));
    }

    // Comparing digests of equal length also hides the key's length.
    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
