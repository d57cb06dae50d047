package org.ringscope.api;

import jakarta.inject.Singleton;
import org.ringscope.core.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured keys, looked up by the SHA-256 of what a caller presents. In demo mode with no keys configured,
 * one published admin key ({@link #DEMO_KEY}) is accepted, so the README's examples work; production refuses to
 * start without keys.
 */
@Singleton
public class ApiKeys {
    public static final String DEMO_KEY = "ringscope-demo-key";
    private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);
    private final Map<String, ApiKeyConfig> bySha256 = new HashMap<>();

    public ApiKeys(List<ApiKeyConfig> configured, Settings settings) {
        for (ApiKeyConfig key : configured) {
            if (key.getRole() == null || key.getSha256() == null || !key.getSha256().matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("API key '" + key.getName() + "' needs ringscope.api.keys."
                        + key.getName() + ".role (scorer, investigator, analyst or admin) and .sha256 (64 hex digits:"
                        + " printf %s \"$KEY\" | sha256sum)");
            }
            bySha256.put(key.getSha256().toLowerCase(java.util.Locale.ROOT), key);
        }
        if (bySha256.isEmpty()) {
            if (settings.mode() != Settings.Mode.DEMO) {
                throw new IllegalArgumentException("no API keys configured: set ringscope.api.keys.<name>.role and"
                        + " ringscope.api.keys.<name>.sha256 for each caller");
            }
            ApiKeyConfig demo = new ApiKeyConfig("demo");
            demo.setRole(Role.ADMIN);
            demo.setSha256(sha256(DEMO_KEY));
            bySha256.put(demo.getSha256(), demo);
            LOG.info("demo mode: API key '{}' (admin) accepted; configure keys before real use", DEMO_KEY);
        }
    }

    /** The key presented, if it is one of ours. */
    public Optional<ApiKeyConfig> find(String presented) {
        return presented == null ? Optional.empty() : Optional.ofNullable(bySha256.get(sha256(presented)));
    }

    /** One digest per thread: looking the algorithm up on every request showed in the latency. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    static String sha256(String value) {
        return HexFormat.of().formatHex(SHA256.get().digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
