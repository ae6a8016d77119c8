package dev.statusdocs;

import java.util.Random;

/** Short random texts over a small alphabet, for tests that compare a fast path with its plain definition. */
public final class RandomTexts {
    private final Random random;
    private final String alphabet;
    private final int maxLength;

    /** A fixed seed, so that a failure repeats. */
    public RandomTexts(long seed, String alphabet, int maxLength) {
        this.random = new Random(seed);
        this.alphabet = alphabet;
        this.maxLength = maxLength;
    }

    /** A text of 0 to {@code maxLength - 1} characters of the alphabet. */
    public String next() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A number from 0 to {@code bound - 1}, from the same sequence. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
