package nl.praktijkplan.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum stored with every case version: SHA-256 of the content's UTF-8 bytes, 64 lower-case hex digits.
 * Migration V3 computes the same value in SQL ({@code LOWER(RAWTOHEX(HASH('SHA-256', content)))}).
 */
final class Checksums {

    private Checksums() {
    }

    static String sha256(String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean matches(String content, String checksum) {
        return content != null && checksum != null && sha256(content).equals(checksum.strip());
    }
}
