package org.ringscope.datasets;

/**
 * Keeps generated values free of anything a card-number scanner would flag: a run of 13 or more digits (digits
 * joined by single spaces or dashes count as one run, as {@code org.ringscope.core.CardNumbers} reads them).
 * Random hex device ids and tokens produce such runs now and then; one digit in the run becomes a letter.
 */
final class SafeText {
    static final int MAX_DIGIT_RUN = 12;

    private SafeText() {
    }

    static String breakDigitRuns(String value) {
        String v = value;
        int runStart;
        while ((runStart = longRunStart(v)) >= 0) {
            char letter = hasUpperCase(v) ? 'E' : 'e';
            // Replace the 7th digit of the run: leaves two runs of at most 6 and 12 digits on either side.
            int digitsSeen = 0;
            StringBuilder b = new StringBuilder(v);
            for (int i = runStart; i < b.length(); i++) {
                if (Character.isDigit(b.charAt(i)) && ++digitsSeen == 7) {
                    b.setCharAt(i, letter);
                    break;
                }
            }
            v = b.toString();
        }
        return v;
    }

    /** Start of the first digit run longer than {@link #MAX_DIGIT_RUN}, or -1. */
    static int longRunStart(String v) {
        int n = v.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(v.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            while (i < n) {
                char c = v.charAt(i);
                if (isDigit(c)) {
                    digits++;
                    i++;
                } else if ((c == ' ' || c == '-') && i + 1 < n && isDigit(v.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (digits > MAX_DIGIT_RUN) {
                return start;
            }
        }
        return -1;
    }

    private static boolean hasUpperCase(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.isUpperCase(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
