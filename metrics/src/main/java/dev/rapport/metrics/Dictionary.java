package dev.rapport.metrics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/** A string dictionary of {@link InteractionColumns}: codes in order of first appearance. */
final class Dictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** The code of {@code value}, given the next free code if it is new. */
    int code(String value) {
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
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

        CompactStrings(List<String> values) {
            offsets = new int[values.size() + 1];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < values.size(); i++) {
                byte[] utf8 = values.get(i).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
                offsets[i + 1] = out.size();
            }
            bytes = out.toByteArray();
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
