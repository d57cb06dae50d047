package org.ringscope.cli;

import org.ringscope.core.IdentifierKind;
import org.ringscope.core.Setting;
import org.ringscope.core.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "config", description = "Print every setting with its value, environment variable and meaning, and the identifier kinds.")
final class ConfigCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Settings settings = common.settings(Map.of());
        for (Setting s : Setting.values()) {
            String value = s == Setting.HASH_KEY || s == Setting.NEO4J_PASSWORD
                    ? (settings.get(s).isEmpty() ? "(not set)" : "(set, hidden)") : settings.get(s);
            System.out.printf("%-32s %-22s %-30s %s%n", s.key(), value, s.environmentVariable(), s.meaning());
        }
        System.out.println();
        System.out.printf("%-12s %-10s %-14s %-12s %-10s %s%n", "kind", "label", "relationship", "column", "normaliser", "link-weight");
        for (IdentifierKind k : settings.kinds().all()) {
            System.out.printf("%-12s %-10s %-14s %-12s %-10s %.2f%n", k.name(), k.label(), k.relationship(), k.column(),
                    k.normaliser(), k.linkWeight());
        }
        return 0;
    }
}
