package org.ringscope.datasets;

import java.util.Locale;

/**
 * A street address. Built from a serial so that no two households get the same one by accident;
 * {@link #render} writes it with the usual spelling variants (Street/St, Apt/#/Unit, capitals, commas).
 *
 * @param apartment 0 for a house without one
 */
record PostalAddress(int number, String street, int suffix, int apartment, City city) {
    record City(String name, String state, String zip) {
    }

    static final String[] STREETS = {
        "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Main",
        "Walnut", "Spruce", "Birch", "Willow", "Cherry", "Chestnut", "Hickory", "Magnolia", "Sycamore", "Aspen",
        "Lincoln", "Jefferson", "Madison", "Adams", "Jackson", "Franklin", "Monroe", "Highland", "Sunset", "Ridge",
        "River", "Meadow", "Forest", "Valley", "Spring", "Church", "Mill", "School", "Center", "Union",
        "Prospect", "Franklin Hills", "Hillcrest", "Lakeview", "Fairview", "Greenwood", "Woodland", "Orchard",
        "Harbor", "Bay", "Ocean", "Cypress", "Poplar", "Laurel", "Dogwood", "Juniper", "Sage", "Canyon",
        "Mesa", "Prairie", "North Main", "South Main", "East Market", "West Market", "Broad", "Water", "Front",
        "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "College",
        "University", "Grove", "Garden", "Rose", "Lilac", "Heather", "Clover", "Briar", "Stone", "Brook",
    };
    /** Street types, written out and abbreviated; the normaliser maps the long forms to the short ones. */
    private static final String[][] SUFFIXES = {
        {"Street", "St", "St.", "Street"}, {"Avenue", "Ave", "Ave.", "Avenue"}, {"Road", "Rd", "Rd.", "Road"},
        {"Drive", "Dr", "Dr.", "Drive"}, {"Lane", "Ln", "Ln.", "Lane"}, {"Boulevard", "Blvd", "Blvd.", "Boulevard"},
        {"Court", "Ct", "Ct.", "Court"}, {"Place", "Pl", "Pl.", "Place"}, {"Way", "Way", "Way", "Way"},
        {"Terrace", "Ter", "Ter.", "Terrace"},
    };
    static final City[] CITIES = {
        new City("Springfield", "IL", "62704"), new City("Riverside", "CA", "92501"),
        new City("Franklin", "TN", "37064"), new City("Greenville", "SC", "29601"),
        new City("Madison", "WI", "53703"), new City("Georgetown", "TX", "78626"),
        new City("Salem", "OR", "97301"), new City("Fairview", "NJ", "07022"),
        new City("Clinton", "MS", "39056"), new City("Arlington", "VA", "22201"),
        new City("Austin", "TX", "78701"), new City("Portland", "OR", "97205"),
        new City("Columbus", "OH", "43215"), new City("Denver", "CO", "80202"),
        new City("Phoenix", "AZ", "85004"), new City("Seattle", "WA", "98101"),
        new City("Atlanta", "GA", "30303"), new City("Boston", "MA", "02108"),
        new City("Chicago", "IL", "60601"), new City("Houston", "TX", "77002"),
        new City("Miami", "FL", "33130"), new City("Minneapolis", "MN", "55401"),
        new City("Nashville", "TN", "37203"), new City("Orlando", "FL", "32801"),
        new City("Pittsburgh", "PA", "15222"), new City("Raleigh", "NC", "27601"),
        new City("Sacramento", "CA", "95814"), new City("San Diego", "CA", "92101"),
        new City("San Jose", "CA", "95113"), new City("Tampa", "FL", "33602"),
        new City("Tucson", "AZ", "85701"), new City("Tulsa", "OK", "74103"),
        new City("Omaha", "NE", "68102"), new City("Albuquerque", "NM", "87102"),
        new City("Louisville", "KY", "40202"), new City("Milwaukee", "WI", "53202"),
        new City("Kansas City", "MO", "64105"), new City("Las Vegas", "NV", "89101"),
        new City("Baltimore", "MD", "21202"), new City("Charlotte", "NC", "28202"),
        new City("Detroit", "MI", "48226"), new City("El Paso", "TX", "79901"),
        new City("Fresno", "CA", "93721"), new City("Mesa", "AZ", "85201"),
        new City("Oakland", "CA", "94612"), new City("Boise", "ID", "83702"),
        new City("Richmond", "VA", "23219"), new City("Spokane", "WA", "99201"),
        new City("Des Moines", "IA", "50309"), new City("Buffalo", "NY", "14202"),
        new City("Rochester", "NY", "14604"), new City("Cleveland", "OH", "44113"),
        new City("St. Louis", "MO", "63101"), new City("Lexington", "KY", "40507"),
        new City("Anchorage", "AK", "99501"), new City("Honolulu", "HI", "96813"),
        new City("Provo", "UT", "84601"), new City("Burlington", "VT", "05401"),
        new City("Hartford", "CT", "06103"), new City("Wilmington", "DE", "19801"),
    };
    static final int NUMBERS = 9_998;
    /** How many distinct addresses {@link #fromSerial} can produce (apartments not counted). */
    static final long CAPACITY = (long) NUMBERS * STREETS.length * SUFFIXES.length * CITIES.length;

    /** The address with this serial in [0, {@link #CAPACITY}); distinct serials never share number, street and city. */
    static PostalAddress fromSerial(long serial, int apartment) {
        int number = 1 + (int) (serial % NUMBERS);
        long rest = serial / NUMBERS;
        String street = STREETS[(int) (rest % STREETS.length)];
        rest /= STREETS.length;
        int suffix = (int) (rest % SUFFIXES.length);
        City city = CITIES[(int) (rest / SUFFIXES.length)];
        return new PostalAddress(number, street, suffix, apartment, city);
    }

    /** The same address with another apartment number: a neighbour in the same building. */
    PostalAddress withApartment(int apt) {
        return new PostalAddress(number, street, suffix, apt, city);
    }

    /**
     * One way of writing the address, e.g. {@code 12 Oak Street, Apt 4, Springfield, IL 62704} or
     * {@code 12 oak st #4 springfield il 62704}. About 1 in 100 leaves the ZIP code out, which a normaliser
     * cannot repair: real forms are like that.
     */
    String render(Rng rng) {
        boolean longForm = rng.chance(0.55);
        StringBuilder b = new StringBuilder(48);
        b.append(number).append(' ').append(street).append(' ')
                .append(SUFFIXES[suffix][longForm ? 0 : rng.between(1, 3)]);
        if (apartment > 0) {
            b.append(switch (rng.nextInt(6)) {
                case 0, 1 -> ", Apt " + apartment;
                case 2 -> " Apt. " + apartment;
                case 3 -> " #" + apartment;
                case 4 -> ", Unit " + apartment;
                default -> ", Apartment " + apartment;
            });
        }
        b.append(", ").append(city.name()).append(", ").append(city.state());
        if (!rng.chance(0.01)) {
            b.append(' ').append(city.zip());
        }
        String text = b.toString();
        double u = rng.nextDouble();
        if (u < 0.04) {
            return text.toUpperCase(Locale.ROOT);
        }
        if (u < 0.08) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (u < 0.12) {
            return text.replace(",", "");
        }
        return text;
    }
}
