package org.ringscope.core;

/** Literal IPv4/IPv6 parsing without name resolution (java.net.InetAddress may look names up). */
final class IpAddresses {
    private IpAddresses() {
    }

    static String canonical(String v) throws InvalidValueException {
        if (v.indexOf(':') >= 0) {
            return formatV6(parseV6(v));
        }
        int[] q = parseV4(v);
        return q[0] + "." + q[1] + "." + q[2] + "." + q[3];
    }

    static String prefix(String v) throws InvalidValueException {
        if (v.indexOf(':') >= 0) {
            int[] h = parseV6(v);
            for (int i = 4; i < 8; i++) {
                h[i] = 0;
            }
            return formatV6(h) + "/64";
        }
        int[] q = parseV4(v);
        return q[0] + "." + q[1] + "." + q[2] + ".0/24";
    }

    private static int[] parseV4(String v) throws InvalidValueException {
        String[] parts = v.split("\\.", -1);
        if (parts.length != 4) {
            throw new InvalidValueException("is not an IP address (expected e.g. 203.0.113.7 or 2001:db8::1)");
        }
        int[] q = new int[4];
        for (int i = 0; i < 4; i++) {
            q[i] = number(parts[i], 10, 3, 255);
        }
        return q;
    }

    private static int[] parseV6(String v) throws InvalidValueException {
        String s = v;
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        int[] h = new int[8];
        int gap = s.indexOf("::");
        if (gap != s.lastIndexOf("::") && gap >= 0) {
            throw new InvalidValueException("is not an IPv6 address (more than one '::')");
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] a = groups(head);
        int[] b = groups(tail);
        if (gap < 0 && a.length != 8 || gap >= 0 && a.length + b.length > 7) {
            throw new InvalidValueException("is not an IPv6 address (expected eight groups or '::')");
        }
        System.arraycopy(a, 0, h, 0, a.length);
        System.arraycopy(b, 0, h, 8 - b.length, b.length);
        return h;
    }

    private static int[] groups(String s) throws InvalidValueException {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        // An embedded IPv4 tail (::ffff:192.0.2.1) counts as two groups.
        boolean v4Tail = parts[parts.length - 1].indexOf('.') >= 0;
        int[] out = new int[parts.length + (v4Tail ? 1 : 0)];
        for (int i = 0; i < parts.length - (v4Tail ? 1 : 0); i++) {
            out[i] = number(parts[i], 16, 4, 0xffff);
        }
        if (v4Tail) {
            int[] q = parseV4(parts[parts.length - 1]);
            out[out.length - 2] = q[0] << 8 | q[1];
            out[out.length - 1] = q[2] << 8 | q[3];
        }
        return out;
    }

    private static int number(String part, int radix, int maxLength, int max) throws InvalidValueException {
        if (part.isEmpty() || part.length() > maxLength) {
            throw new InvalidValueException("is not an IP address (bad part '" + part + "')");
        }
        try {
            int n = Integer.parseInt(part, radix);
            if (n < 0 || n > max) {
                throw new InvalidValueException("is not an IP address (part out of range)");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("is not an IP address (bad part '" + part + "')");
        }
    }

    private static String formatV6(int[] h) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (h[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && h[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(h[i]));
        }
        return out.toString();
    }
}
