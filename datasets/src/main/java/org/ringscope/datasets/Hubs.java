package org.ringscope.datasets;

/**
 * Identifiers shared by many unrelated accounts: carrier NAT addresses (hundreds to thousands of phones each),
 * public Wi-Fi, office gateways, VPN exits, and shared devices such as kiosks, shop tablets and library PCs with
 * their own IP. Pool sizes grow with the number of accounts, so hub sizes stay about the same at any scale;
 * popularity within each pool is heavy-tailed ({@link WeightedPool}).
 */
final class Hubs {
    /** Market shares of the four carriers. */
    private static final double[] CARRIER_SHARES = Rng.cumulative(0.4, 0.3, 0.2, 0.1);
    private final String[][] carrierIps;
    private final WeightedPool[] carrierPopularity;
    private final String[] wifiIps;
    private final WeightedPool wifiPopularity;
    private final String[] officeIps;
    private final String[] companyCards;
    private final WeightedPool officePopularity;
    private final String[] vpnIps;
    private final WeightedPool vpnPopularity;
    private final Device[] kioskDevices;
    private final String[] kioskIps;
    private final WeightedPool kioskPopularity;

    Hubs(DemoConfig cfg, Rng rng, Cards cards) {
        int accounts = cfg.accounts();
        int natTotal = Math.max(20, accounts / cfg.accountsPerCarrierIp());
        carrierIps = new String[CARRIER_SHARES.length][];
        carrierPopularity = new WeightedPool[CARRIER_SHARES.length];
        for (int c = 0; c < CARRIER_SHARES.length; c++) {
            double share = CARRIER_SHARES[c] - (c == 0 ? 0 : CARRIER_SHARES[c - 1]);
            int n = Math.max(5, (int) Math.round(natTotal * share));
            // A carrier's NAT gateways sit in a handful of its own /16 blocks.
            String[] blocks = new String[1 + n / 200];
            for (int b = 0; b < blocks.length; b++) {
                blocks[b] = Ips.block(rng);
            }
            carrierIps[c] = new String[n];
            for (int i = 0; i < n; i++) {
                carrierIps[c][i] = Ips.inBlock(rng, blocks[i % blocks.length]);
            }
            carrierPopularity[c] = new WeightedPool(n, 0.6);
        }
        wifiIps = randomIps(rng, Math.max(10, accounts / 400));
        wifiPopularity = new WeightedPool(wifiIps.length, 0.9);
        officeIps = randomIps(rng, Math.max(10, accounts / 300));
        officePopularity = new WeightedPool(officeIps.length, 0.9);
        companyCards = new String[officeIps.length];
        for (int i = officeIps.length / 4; i < officeIps.length; i++) {
            // Only smaller offices share a company card; a corporate gateway hides thousands of staff.
            companyCards[i] = cards.newCard(rng);
        }
        vpnIps = randomIps(rng, Math.max(10, accounts / 2000));
        vpnPopularity = new WeightedPool(vpnIps.length, 0.8);
        int kiosks = Math.max(10, accounts / cfg.accountsPerSharedDevice());
        kioskDevices = new Device[kiosks];
        kioskIps = new String[kiosks];
        for (int i = 0; i < kiosks; i++) {
            kioskDevices[i] = Device.computer(rng);
            kioskIps[i] = Ips.random(rng);
        }
        kioskPopularity = new WeightedPool(kiosks, 0.8);
    }

    private static String[] randomIps(Rng rng, int n) {
        String[] ips = new String[n];
        for (int i = 0; i < n; i++) {
            ips[i] = Ips.random(rng);
        }
        return ips;
    }

    int carrier(Rng rng) {
        return rng.weighted(CARRIER_SHARES);
    }

    /** Each connection of a phone may leave through another gateway of its carrier. */
    String carrierIp(Rng rng, int carrier) {
        return carrierIps[carrier][carrierPopularity[carrier].draw(rng)];
    }

    String wifiIp(Rng rng) {
        return wifiIps[wifiPopularity.draw(rng)];
    }

    int office(Rng rng) {
        return officePopularity.draw(rng);
    }

    String officeIp(int office) {
        return officeIps[office];
    }

    /** The office's shared card, or null for large offices. */
    String companyCard(int office) {
        return companyCards[office];
    }

    String vpnIp(Rng rng) {
        return vpnIps[vpnPopularity.draw(rng)];
    }

    int kiosk(Rng rng) {
        return kioskPopularity.draw(rng);
    }

    Device kioskDevice(int kiosk) {
        return kioskDevices[kiosk];
    }

    String kioskIp(int kiosk) {
        return kioskIps[kiosk];
    }
}
