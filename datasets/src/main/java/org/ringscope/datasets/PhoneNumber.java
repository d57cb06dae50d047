package org.ringscope.datasets;

/**
 * A US phone number. Exchanges (the middle three digits) are 100 to 199, which the North American Numbering Plan
 * never assigns: the numbers have the right shape (libphonenumber calls them possible) but reach no one.
 * {@link #render} writes it the many ways people and forms do.
 */
record PhoneNumber(int areaCode, int exchange, int line) {
    /** Area codes in use across the US; the exchange makes every generated number fictional anyway. */
    static final int[] AREA_CODES = {
        201, 202, 203, 205, 206, 207, 208, 210, 212, 213, 214, 215, 216, 217, 218, 224, 225, 228, 229, 231,
        234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281, 301, 302, 303, 304,
        305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 325, 330, 334, 336,
        337, 339, 347, 351, 352, 360, 361, 385, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413,
        414, 415, 417, 419, 423, 425, 430, 432, 434, 435, 440, 443, 469, 478, 479, 480, 484, 501, 502, 503,
        504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530, 540, 541, 559, 561, 562, 563,
        567, 570, 571, 573, 574, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614, 615,
        616, 617, 618, 619, 620, 623, 626, 630, 631, 636, 641, 646, 650, 651, 660, 661, 662, 678, 682, 701,
        702, 703, 704, 706, 707, 708, 712, 713, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734,
        740, 754, 757, 760, 763, 765, 770, 772, 773, 774, 775, 781, 785, 786, 801, 802, 803, 804, 805, 806,
        808, 810, 812, 813, 814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847, 848, 850, 856, 857,
        858, 859, 860, 862, 863, 864, 865, 870, 901, 903, 904, 907, 908, 909, 910, 912, 913, 914, 915, 916,
        917, 918, 919, 920, 925, 928, 931, 936, 937, 940, 941, 947, 949, 951, 952, 954, 956, 970, 971, 972,
        973, 978, 979, 980, 985, 989,
    };
    static final int EXCHANGES = 100;
    static final int LINES = 10_000;
    /** How many distinct numbers {@link #fromSerial} can produce. */
    static final long CAPACITY = (long) AREA_CODES.length * EXCHANGES * LINES;

    /** The number with this serial in [0, {@link #CAPACITY}); distinct serials give distinct numbers. */
    static PhoneNumber fromSerial(long serial) {
        int line = (int) (serial % LINES);
        long rest = serial / LINES;
        int exchange = 100 + (int) (rest % EXCHANGES);
        int area = AREA_CODES[(int) (rest / EXCHANGES)];
        return new PhoneNumber(area, exchange, line);
    }

    /** Ways of writing the number, most common first. */
    String render(Rng rng) {
        int style = rng.weighted(STYLE_WEIGHTS);
        return format(style);
    }

    private static final double[] STYLE_WEIGHTS = Rng.cumulative(30, 20, 14, 8, 8, 7, 6, 4, 3);

    String format(int style) {
        String a = Integer.toString(areaCode);
        String e = Integer.toString(exchange);
        String l = String.format("%04d", line);
        return switch (style) {
            case 0 -> "(" + a + ") " + e + "-" + l;
            case 1 -> a + "-" + e + "-" + l;
            case 2 -> "+1 " + a + " " + e + " " + l;
            case 3 -> "+1" + a + e + l;
            case 4 -> a + e + l;
            case 5 -> a + "." + e + "." + l;
            case 6 -> "+1 (" + a + ") " + e + "-" + l;
            case 7 -> "1-" + a + "-" + e + "-" + l;
            default -> "+1-" + a + "-" + e + "-" + l;
        };
    }

    static int styles() {
        return STYLE_WEIGHTS.length;
    }
}
