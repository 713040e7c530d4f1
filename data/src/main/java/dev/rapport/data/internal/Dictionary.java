package dev.rapport.data.internal;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A string dictionary of {@link InteractionColumns}: codes in order of first appearance, looked up in an
 * open-addressing table whose entries pack each value's hash code and code into one {@code long} (no boxed code, no
 * entry object; a value is compared only when the hash codes are equal).
 * Mutable, for use from a single thread.
 */
final class Dictionary {
    /** Per slot: the value's hash code in the high half, its code + 1 in the low half; 0 if free. */
    private long[] table = new long[16];
    private final List<String> values = new ArrayList<>();

    /** The code of {@code value}, given the next free code if it is new. */
    int code(String value) {
        int hash = value.hashCode();
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                int code = values.size();
                table[slot] = (long) hash << 32 | (code + 1);
                values.add(value);
                if (values.size() * 2 > table.length) {
                    rehash();
                }
                return code;
            }
            if ((int) (entry >>> 32) == hash) {
                int code = (int) entry - 1;
                if (values.get(code).equals(value)) {
                    return code;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The code of {@code value}, or {@code -1} if it is not in the dictionary (nothing is added). */
    int find(String value) {
        int hash = value.hashCode();
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if ((int) (entry >>> 32) == hash && values.get((int) entry - 1).equals(value)) {
                return (int) entry - 1;
            }
        }
        return -1;
    }

    /** The value of a code. */
    String value(int code) {
        return values.get(code);
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = spread((int) (entry >>> 32)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry;
            }
        }
    }

    int size() {
        return values.size();
    }

    /** The values, compactly: one UTF-8 byte array and an offset per value. */
    List<String> values() {
        return new CompactStrings(values);
    }

    /** An immutable list of strings stored as one UTF-8 byte array with offsets: about 4 bytes plus the text. */
    static final class CompactStrings extends AbstractList<String> implements RandomAccess {
        private final byte[] bytes;
        private final int[] offsets;

        /** The values' UTF-8 bytes packed into one array of their exact total length (no growing copy). */
        CompactStrings(List<String> values) {
            offsets = new int[values.size() + 1];
            byte[][] utf8 = new byte[values.size()][];
            for (int i = 0; i < utf8.length; i++) {
                utf8[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
                offsets[i + 1] = Math.addExact(offsets[i], utf8[i].length);
            }
            bytes = new byte[offsets[utf8.length]];
            for (int i = 0; i < utf8.length; i++) {
                System.arraycopy(utf8[i], 0, bytes, offsets[i], utf8[i].length);
            }
        }

        /** Over packed UTF-8 bytes: value {@code i} is {@code bytes[offsets[i], offsets[i + 1])}. */
        CompactStrings(byte[] bytes, int[] offsets) {
            this.bytes = bytes;
            this.offsets = offsets;
        }

        @Override
        public String get(int index) {
            return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
        }

        @Override
        public int size() {
            return offsets.length - 1;
        }
    }
}
