package dev.rapport.data.internal;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * The interaction ids an import has accepted, as 64-bit fingerprints (Guava's FarmHash fingerprint of the id's
 * UTF-8 bytes) in an open-addressing table of primitives: 8 bytes a slot, at most 3/4 full, so about 11 to 21
 * bytes per id instead of a {@code String} and a {@code HashMap} entry (about 100). Every reader (both CSV paths,
 * JSON lines, XES) uses it, so they agree on every file. Two different ids have the same fingerprint with
 * probability about n²/2⁶⁵ among n ids (3 in a million at 10 million ids); such a row would be rejected as a
 * duplicate, with both ids visible in the file at the line given. The table: 2²¹ slots (16 MiB) for a million
 * ids, 2²⁴ (128 MiB, 192 MiB while it doubles) for ten million. Mutable, for use from a single thread.
 */
final class IdSet {

    private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();

    private long[] slots = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** The fingerprint of an id given as a string. */
    static long fingerprint(String id) {
        return FINGERPRINT.hashString(id, StandardCharsets.UTF_8).asLong();
    }

    /** The fingerprint of an id given as UTF-8 bytes {@code [from, to)}. */
    static long fingerprint(byte[] bytes, int from, int to) {
        return FINGERPRINT.hashBytes(bytes, from, to - from).asLong();
    }

    /** Adds a fingerprint; false if it was there already (a duplicate id). */
    boolean add(long fingerprint) {
        if (fingerprint == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int mask = slots.length - 1;
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (slots[slot] != 0) {
            if (slots[slot] == fingerprint) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = fingerprint;
        if (++size * 4L > slots.length * 3L) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long fingerprint : old) {
            if (fingerprint != 0) {
                int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = fingerprint;
            }
        }
    }

    /** The rejection reason of a row whose id an earlier accepted row has: the one text of every reader. */
    static String duplicate(String id) {
        return "interaction id '" + id + "' is on an earlier row too; a duplicate is rejected, not counted twice";
    }
}
