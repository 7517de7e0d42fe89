package dev.aigraph.resolve;

/** How far apart two names are, for "did you mean" suggestions. */
public final class Edits {

    private Edits() {
    }

    private static int minimum(int[] row) {
        int minimum = Integer.MAX_VALUE;
        for (int value : row) {
            minimum = Math.min(minimum, value);
        }
        return minimum;
    }

    /** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one typo, not two. */
    public static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The distance when it is at most {@code max}, else {@code max + 1}. Stops as soon as a row of the table has no
     * cell within {@code max}: checking a new name against every known one stays cheap when ingesting thousands.
     */
    public static int distance(String a, String b, int max) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMinimum = d[i][0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMinimum = Math.min(rowMinimum, d[i][j]);
            }
            // A transposition reaches back two rows, so a row past the bound ends the search only with the one before.
            if (rowMinimum > max && (i == 1 || minimum(d[i - 1]) > max)) {
                return max + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }
}
