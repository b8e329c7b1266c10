package org.prawat.bench.data;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic randomness: every employee, unit and course draws from its own generator derived
 * from the data set's seed and its index, so any case file can be generated alone, in any order or
 * thread, and always comes out the same.
 */
final class Randoms {

    private Randoms() {}

    /** A generator of its own for item {@code index} of {@code stream} under {@code seed}. */
    static SplittableRandom forItem(long seed, String stream, long index) {
        long h = mix(seed ^ stream.hashCode() * 0x9E3779B97F4A7C15L);
        return new SplittableRandom(mix(h + index * 0xBF58476D1CE4E5B9L));
    }

    /** A version-4-shaped UUID drawn from {@code random}, so ids are stable for a seed. */
    static String uuid(SplittableRandom random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A day from {@code from} to {@code to}, both included. */
    static LocalDate day(SplittableRandom random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    /** How many times something happening {@code rate} times on average occurs (Poisson). */
    static int poisson(SplittableRandom random, double rate) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
