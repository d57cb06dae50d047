package org.ringscope.datasets;

/**
 * One generated event before it gets its id. Identifier fields hold raw text as a client would send it, or null.
 *
 * @param ts epoch seconds
 */
record Event(long ts, String accountId, String type, String device, String email, String phone, String card,
             String ip, String address) {
    static final String SIGNUP = "signup";
    static final String LOGIN = "login";
    static final String PAYMENT = "payment";
    static final String PROFILE_CHANGE = "profile_change";
    static final String ADD_CARD = "add_card";
    static final String PASSWORD_RESET = "password_reset";

    static Event login(long ts, String account, String device, String ip) {
        return new Event(ts, account, LOGIN, device, null, null, null, ip, null);
    }

    static Event payment(long ts, String account, String card, String device, String ip, String email) {
        return new Event(ts, account, PAYMENT, device, email, null, card, ip, null);
    }

    static Event addCard(long ts, String account, String card, String device, String ip) {
        return new Event(ts, account, ADD_CARD, device, null, null, card, ip, null);
    }

    static Event passwordReset(long ts, String account, String email, String device, String ip) {
        return new Event(ts, account, PASSWORD_RESET, device, email, null, null, ip, null);
    }

    static Event profileChange(long ts, String account, String device, String ip, String email, String phone,
                               String address) {
        return new Event(ts, account, PROFILE_CHANGE, device, email, phone, null, ip, address);
    }
}
