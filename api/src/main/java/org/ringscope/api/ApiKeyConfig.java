package org.ringscope.api;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * One API key, configured by name: {@code ringscope.api.keys.<name>.role} and {@code .sha256} (the hex SHA-256 of
 * the key; the key itself is never configured, stored or logged).
 */
@EachProperty("ringscope.api.keys")
public class ApiKeyConfig {
    private final String name;
    private Role role;
    private String sha256;

    public ApiKeyConfig(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }
}
