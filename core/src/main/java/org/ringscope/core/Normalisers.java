package org.ringscope.core;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The named normalisers a kind can use: {@code token}, {@code card}, {@code email}, {@code phone}, {@code ip},
 * {@code ip-prefix} and {@code address}. Choices are documented in the README ("Normalisation").
 */
public final class Normalisers {
    public static final Set<String> NAMES = Set.of("token", "card", "email", "phone", "ip", "ip-prefix", "address");

    /** Providers that deliver {@code a.b+x@} to {@code ab@}: dots and plus-tags are dropped for these. */
    private static final Set<String> DOT_BLIND = Set.of("gmail.com", "googlemail.com");
    /** Providers that ignore a {@code +tag} (but not dots) in the local part. */
    private static final Set<String> PLUS_TAGGING = Set.of("outlook.com", "hotmail.com", "live.com", "icloud.com",
            "me.com", "fastmail.com", "proton.me", "protonmail.com", "yahoo.com");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, String> ADDRESS_WORDS = Map.ofEntries(
            Map.entry("STREET", "ST"), Map.entry("STR", "ST"), Map.entry("AVENUE", "AVE"), Map.entry("AV", "AVE"),
            Map.entry("ROAD", "RD"), Map.entry("DRIVE", "DR"), Map.entry("LANE", "LN"), Map.entry("BOULEVARD", "BLVD"),
            Map.entry("COURT", "CT"), Map.entry("PLACE", "PL"), Map.entry("SQUARE", "SQ"), Map.entry("TERRACE", "TER"),
            Map.entry("HIGHWAY", "HWY"), Map.entry("PARKWAY", "PKWY"), Map.entry("APARTMENT", "APT"),
            Map.entry("SUITE", "STE"), Map.entry("UNIT", "APT"), Map.entry("FLOOR", "FL"), Map.entry("NORTH", "N"),
            Map.entry("SOUTH", "S"), Map.entry("EAST", "E"), Map.entry("WEST", "W"));

    private final String defaultRegion;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    /** @param defaultRegion ISO 3166 region assumed for phone numbers written without a country code */
    public Normalisers(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
        if (!phones.getSupportedRegions().contains(this.defaultRegion)) {
            throw new IllegalArgumentException("ringscope.phone.default-region '" + defaultRegion
                    + "' is not an ISO 3166 region code such as US, GB or DE");
        }
    }

    public Normaliser byName(String name) {
        return switch (name) {
            case "token" -> Normalisers::token;
            case "card" -> Normalisers::card;
            case "email" -> Normalisers::email;
            case "phone" -> this::phone;
            case "ip" -> Normalisers::ip;
            case "ip-prefix" -> Normalisers::ipPrefix;
            case "address" -> Normalisers::address;
            default -> throw new IllegalArgumentException("unknown normaliser '" + name + "', expected one of " + NAMES);
        };
    }

    /** Opaque ids (device ids, tokens): trimmed and lower-cased. */
    public static String token(String raw) throws InvalidValueException {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            throw new InvalidValueException("is blank");
        }
        return v;
    }

    /**
     * Card references: a token/fingerprint, or BIN + last four. Separators are dropped and letters upper-cased;
     * BIN+last4 written with a mask ({@code 411111******1111}, {@code 411111-XXXX-1111}) or a separator
     * ({@code 411111|1111}) becomes {@code 411111*1111}. Full numbers never get here (see {@link CardNumbers}).
     */
    public static String card(String raw) throws InvalidValueException {
        String v = raw.strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            throw new InvalidValueException("is blank");
        }
        String compact = v.replaceAll("[\\s-]", "");
        var binLast4 = Pattern.compile("(\\d{6,8})(?:[*X#.]+|\\|)(\\d{4})").matcher(compact);
        if (binLast4.matches()) {
            return binLast4.group(1) + "*" + binLast4.group(2);
        }
        return compact;
    }

    /** E-mail: lower case; provider rules for dots and plus-tags; googlemail.com becomes gmail.com. */
    public static String email(String raw) throws InvalidValueException {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(v).matches()) {
            throw new InvalidValueException("is not an e-mail address (expected local@domain.tld)");
        }
        int at = v.lastIndexOf('@');
        String local = v.substring(0, at);
        String domain = v.substring(at + 1);
        if (domain.equals("googlemail.com")) {
            domain = "gmail.com";
        }
        if (DOT_BLIND.contains(domain) || PLUS_TAGGING.contains(domain)) {
            char tagMark = domain.equals("yahoo.com") ? '-' : '+';
            int tag = local.indexOf(tagMark);
            if (tag > 0) {
                local = local.substring(0, tag);
            }
        }
        if (DOT_BLIND.contains(domain)) {
            local = local.replace(".", "");
        }
        return local + "@" + domain;
    }

    /** Phone: E.164 ({@code +14155550123}); numbers without a country code take the default region. */
    public String phone(String raw) throws InvalidValueException {
        String v = raw.strip();
        if (v.startsWith("00")) {
            v = "+" + v.substring(2);
        }
        try {
            Phonenumber.PhoneNumber number = phones.parse(v, defaultRegion);
            if (!phones.isPossibleNumber(number)) {
                throw new InvalidValueException("is not a possible phone number for its country (expected e.g. +14155550123)");
            }
            return phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new InvalidValueException("is not a phone number (" + e.getErrorType().name().toLowerCase(Locale.ROOT)
                    + "; expected e.g. +14155550123)");
        }
    }

    /** IP: IPv4 dotted quad without leading zeros; IPv6 in RFC 5952 form (lower case, longest zero run as ::). */
    public static String ip(String raw) throws InvalidValueException {
        return IpAddresses.canonical(raw.strip());
    }

    /** The network an IP belongs to: IPv4 /24, IPv6 /64 (one customer site), written as {@code a.b.c.0/24}. */
    public static String ipPrefix(String raw) throws InvalidValueException {
        return IpAddresses.prefix(raw.strip());
    }

    /**
     * Address: upper case, punctuation dropped, whitespace collapsed, common street words abbreviated
     * (STREET to ST, APARTMENT to APT, ...), {@code #12} read as {@code APT 12}.
     */
    public static String address(String raw) throws InvalidValueException {
        String v = raw.toUpperCase(Locale.ROOT).replace("#", " APT ");
        v = v.replaceAll("[^\\p{L}\\p{N} ]", " ");
        StringBuilder out = new StringBuilder();
        for (String word : SPACES.split(v.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(ADDRESS_WORDS.getOrDefault(word, word));
        }
        String result = out.toString().replace("APT APT", "APT");
        if (result.isEmpty()) {
            throw new InvalidValueException("is blank once punctuation is removed");
        }
        return result;
    }
}
