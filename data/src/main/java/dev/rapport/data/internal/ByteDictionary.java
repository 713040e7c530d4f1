package dev.rapport.data.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A dictionary keyed by byte ranges: codes from 0 in order of first appearance, no object per lookup. Each key's
 * first sixteen bytes are kept as two {@code long} words beside its length and hash, so a key of up to 16 bytes
 * (most ids) is compared in three comparisons; all key bytes are also copied into one array, for longer keys and
 * for {@link #string}. The open-addressing table packs each entry's hash and code into one {@code long}.
 * <p>
 * An importer keeps one per column and chunk of a file, and one per column for the whole file that
 * {@link #code(ByteDictionary, int) looks the chunks' keys up} without hashing or decoding them again.
 * Mutable, for use from a single thread.
 */
final class ByteDictionary {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The low {@code n} bytes of a little-endian word. */
    private static final long[] MASK = new long[9];

    static {
        for (int n = 0; n < 8; n++) {
            MASK[n] = (1L << (8 * n)) - 1;
        }
        MASK[8] = -1L;
    }

    /** Per slot: the key's tag (hash bits and length, see {@link #tag}) in the high half, code + 1 in the low. */
    private long[] table;
    private int mask;
    private int size;
    private int[] hashes;
    /** Per code, at {@code 2 * code} and {@code 2 * code + 1}: the key's first sixteen bytes, zero-padded. */
    private long[] words;
    private int[] offsets;
    private byte[] keys;

    ByteDictionary(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2;
        table = new long[capacity];
        mask = capacity - 1;
        int codes = capacity / 2;
        hashes = new int[codes];
        words = new long[2 * codes];
        offsets = new int[codes + 1];
        keys = new byte[Math.max(64, expected * 8)];
    }

    /** The number of distinct keys. */
    int size() {
        return size;
    }

    /** Forgets every key, keeping the arrays for reuse. */
    void clear() {
        if (size > 0) {
            Arrays.fill(table, 0);
            size = 0;
        }
    }

    /** The high 24 bits of the hash and the length (255 for any longer): compared before the key itself. */
    private static int tag(int hash, int length) {
        return hash & 0xFFFFFF00 | Math.min(length, 255);
    }

    /** The code of the bytes {@code [from, to)} of {@code bytes}, assigning the next one if they are new. */
    int code(byte[] bytes, int from, int to) {
        int length = to - from;
        long w0;
        long w1;
        if (length <= 16 && from + 16 <= bytes.length) {
            w0 = (long) LONGS.get(bytes, from) & MASK[Math.min(length, 8)];
            w1 = length > 8 ? (long) LONGS.get(bytes, from + 8) & MASK[length - 8] : 0;
        } else {
            w0 = word(bytes, from, Math.min(length, 8));
            w1 = length > 8 ? word(bytes, from + 8, Math.min(length - 8, 8)) : 0;
        }
        int hash = hash(w0, w1, length, bytes, from, to);
        long tag = (long) tag(hash, length) << 32;
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return add(hash, length, w0, w1, bytes, from, slot);
            }
            if ((entry & 0xFFFFFFFF00000000L) == tag) {
                int code = (int) entry - 1;
                if (words[2 * code] == w0 && words[2 * code + 1] == w1
                        && (length <= 16 || rest(code, bytes, from, length))) {
                    return code;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The code here of key {@code code} of {@code other}, assigning the next one if it is new. */
    int code(ByteDictionary other, int code) {
        int found = probe(other, code);
        if (found >= 0) {
            return found;
        }
        int from = other.offsets[code];
        return add(other.hashes[code], other.offsets[code + 1] - from, other.words[2 * code],
                other.words[2 * code + 1], other.keys, from, -found - 1);
    }

    /** The code here of key {@code code} of {@code other}, or {@code -1} if it is not here (nothing is added). */
    int find(ByteDictionary other, int code) {
        return Math.max(-1, probe(other, code));
    }

    /** The code here of key {@code code} of {@code other}, or {@code -(slot + 1)} of the free slot it would take. */
    private int probe(ByteDictionary other, int code) {
        int hash = other.hashes[code];
        int from = other.offsets[code];
        int length = other.offsets[code + 1] - from;
        long w0 = other.words[2 * code];
        long w1 = other.words[2 * code + 1];
        long tag = (long) tag(hash, length) << 32;
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -(slot + 1);
            }
            if ((entry & 0xFFFFFFFF00000000L) == tag) {
                int mine = (int) entry - 1;
                if (words[2 * mine] == w0 && words[2 * mine + 1] == w1
                        && (length <= 16 || rest(mine, other.keys, from, length))) {
                    return mine;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Whether key {@code code}, longer than 16 bytes, has this length and these bytes after the sixteenth. */
    private boolean rest(int code, byte[] bytes, int from, int length) {
        return offsets[code + 1] - offsets[code] == length
                && Arrays.equals(keys, offsets[code] + 16, offsets[code + 1], bytes, from + 16, from + length);
    }

    private int add(int hash, int length, long w0, long w1, byte[] bytes, int from, int slot) {
        int code = size;
        int offset = offsets[code];
        if (offset + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, offset + length));
        }
        System.arraycopy(bytes, from, keys, offset, length);
        offsets[code + 1] = offset + length;
        hashes[code] = hash;
        words[2 * code] = w0;
        words[2 * code + 1] = w1;
        table[slot] = (long) tag(hash, length) << 32 | (code + 1);
        size++;
        if (size * 2 >= table.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        int capacity = table.length * 2;
        table = new long[capacity];
        mask = capacity - 1;
        for (int code = 0; code < size; code++) {
            int slot = hashes[code] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = (long) tag(hashes[code], offsets[code + 1] - offsets[code]) << 32 | (code + 1);
        }
        int codes = capacity / 2;
        hashes = Arrays.copyOf(hashes, codes);
        words = Arrays.copyOf(words, 2 * codes);
        offsets = Arrays.copyOf(offsets, codes + 1);
    }

    /**
     * The keys by code as strings, compactly: the key bytes and offsets copied once at their exact length, no
     * {@code String} per key.
     */
    java.util.List<String> values() {
        return new Dictionary.CompactStrings(Arrays.copyOf(keys, offsets[size]), Arrays.copyOf(offsets, size + 1));
    }

    /** The key of {@code code}, decoded as UTF-8. */
    String string(int code) {
        return new String(keys, offsets[code], offsets[code + 1] - offsets[code], StandardCharsets.UTF_8);
    }

    private static long word(byte[] bytes, int from, int length) {
        long word = 0;
        for (int i = 0; i < length; i++) {
            word |= (bytes[from + i] & 0xFFL) << (8 * i);
        }
        return word;
    }

    private static int hash(long w0, long w1, int length, byte[] bytes, int from, int to) {
        long h = (w0 * 0x9E3779B97F4A7C15L) ^ (w1 * 0xC2B2AE3D27D4EB4FL) ^ length;
        for (int i = from + 16; i < to; i += 8) {
            h = (h ^ word(bytes, i, Math.min(8, to - i))) * 0xFF51AFD7ED558CCDL;
        }
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 29));
    }
}
