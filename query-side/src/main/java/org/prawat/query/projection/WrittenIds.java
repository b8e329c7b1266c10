package org.prawat.query.projection;

import java.nio.charset.StandardCharsets;

/**
 * The ids written to a fresh index, as a Bloom filter: an id it never saw is certainly not in the
 * index, so a rebuild need not ask Elasticsearch for it; an id it may have seen is looked up as
 * usual. A few bytes per id, however many documents the rebuild writes.
 */
public final class WrittenIds {

    private static final int HASHES = 6;
    private static final int MIN_BITS = 1 << 16;
    private static final int MAX_BITS = 1 << 27;

    private final long[] bits;
    private final int mask;

    /** Room for about {@code expected} ids at a false positive rate of about 1 %. */
    public WrittenIds(long expected) {
        long wanted = Math.max(MIN_BITS, Math.min(MAX_BITS, expected * 10));
        int size = Integer.highestOneBit((int) wanted - 1) << 1;
        this.bits = new long[size / 64];
        this.mask = size - 1;
    }

    public void add(String id) {
        long hash = hash(id);
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        for (int i = 0; i < HASHES; i++) {
            int bit = (h1 + i * h2) & mask;
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** False only for an id never {@link #add added}. */
    public boolean mayContain(String id) {
        long hash = hash(id);
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        for (int i = 0; i < HASHES; i++) {
            int bit = (h1 + i * h2) & mask;
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser so both halves are well mixed. */
    private static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb93fe1a85ec5L;
        hash ^= hash >>> 33;
        return hash;
    }
}
