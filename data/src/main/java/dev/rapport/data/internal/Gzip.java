package dev.rapport.data.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Gzip-compressed input for every reader: a file is gzip if its name ends in {@code .gz} or, whatever its name,
 * its first two bytes are the gzip magic number {@code 1f 8b}. Line numbers in messages are those of the
 * decompressed text.
 */
public final class Gzip {

    private static final int BUFFER = 1 << 16;

    private Gzip() {
    }

    /** Whether the file is gzip-compressed, by its name or else by its first two bytes. */
    public static boolean isGzip(Path file) throws IOException {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** Opens the file's bytes, decompressed if it is gzip. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return isGzip(file) ? new GZIPInputStream(in, BUFFER) : new BufferedInputStream(in, BUFFER);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens the file as UTF-8 text, decompressed if it is gzip; bytes that are not UTF-8 throw
     * {@link Utf8Reader.NotUtf8Exception} with their line when read.
     */
    public static Reader reader(Path file) throws IOException {
        return new Utf8Reader(open(file));
    }
}
