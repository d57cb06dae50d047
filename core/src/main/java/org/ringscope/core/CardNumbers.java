package org.ringscope.core;

/**
 * Finds full payment card numbers in text: 13 to 19 digits, optionally grouped by single spaces or dashes,
 * passing the Luhn check. Used to refuse rows before anything is stored or logged.
 */
public final class CardNumbers {
    private CardNumbers() {
    }

    /** Whether {@code text} contains something that looks like a full card number anywhere in it. */
    public static boolean containsCardNumber(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            // Collect one run of digits that may be grouped by single separators, then test every window.
            int[] digits = new int[64];
            int count = 0;
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (isDigit(c)) {
                    if (count == digits.length) {
                        digits = java.util.Arrays.copyOf(digits, count * 2);
                    }
                    digits[count++] = c - '0';
                    j++;
                } else if ((c == ' ' || c == '-') && j + 1 < n && isDigit(text.charAt(j + 1)) && count > 0) {
                    j++;
                } else {
                    break;
                }
            }
            if (anyWindowPassesLuhn(digits, count)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** Whether the value is exactly a card number (digits with optional separators). */
    public static boolean isCardNumber(String value) {
        String digits = value.strip().replaceAll("[\\s-]", "");
        return digits.length() >= 13 && digits.length() <= 19 && digits.chars().allMatch(CardNumbers::isDigit)
                && luhn(digits.chars().map(c -> c - '0').toArray(), 0, digits.length());
    }

    /** A whole run of 13-19 digits is judged; longer runs are other kinds of numbers (and are left alone). */
    private static boolean anyWindowPassesLuhn(int[] digits, int count) {
        return count >= 13 && count <= 19 && luhn(digits, 0, count);
    }

    static boolean luhn(int[] digits, int start, int len) {
        int sum = 0;
        boolean twice = false;
        for (int k = start + len - 1; k >= start; k--) {
            int d = digits[k];
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
