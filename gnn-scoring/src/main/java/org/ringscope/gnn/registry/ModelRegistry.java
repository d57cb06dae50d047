package org.ringscope.gnn.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ringscope.gnn.model.SageModel;
import org.ringscope.gnn.model.SageParameters;
import org.ringscope.gnn.score.SageScorer;

/**
 * Trained models on disk, one folder per version: {@code root/<version>/parameters.bin} (the weights) and
 * {@code root/<version>/model.json} (a {@link ModelCard}). A version is written to a temporary folder and renamed
 * into place, so a reader never sees half a model.
 */
public final class ModelRegistry {

    public static final String CARD_FILE = "model.json";
    public static final String PARAMETERS_FILE = "parameters.bin";
    private static final Pattern VERSION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final DateTimeFormatter VERSION_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ModelRegistry(Path root) {
        this(root, Clock.systemUTC());
    }

    public ModelRegistry(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** Saves under a generated version {@code sage-YYYYMMDD-HHMMSS} (UTC; suffixed -2, -3... if taken). */
    public ModelCard save(SageModel model, Map<String, Double> metrics, String inputSha256,
                          Long trainingDataCutoffMillis) throws IOException {
        Instant now = clock.instant();
        String base = "sage-" + VERSION_TIME.format(now);
        String version = base;
        for (int i = 2; Files.exists(root.resolve(version)); i++) {
            version = base + "-" + i;
        }
        return save(version, model, metrics, inputSha256, trainingDataCutoffMillis);
    }

    /** Saves under the caller's version name, which must not exist yet. */
    public ModelCard save(String version, SageModel model, Map<String, Double> metrics, String inputSha256,
                          Long trainingDataCutoffMillis) throws IOException {
        if (!VERSION_NAME.matcher(version).matches()) {
            throw new IllegalArgumentException("version '" + version + "' must be letters, digits, '.', '_', '-'");
        }
        Path target = root.resolve(version);
        if (Files.exists(target)) {
            throw new IllegalArgumentException("version " + version + " already exists in " + root);
        }
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, ".staging-" + version + "-");
        Path parameters = staging.resolve(PARAMETERS_FILE);
        try (OutputStream out = Files.newOutputStream(parameters)) {
            model.parameters().write(new java.io.BufferedOutputStream(out));
        }
        ModelCard card = new ModelCard(version, clock.instant().toString(), trainingDataCutoffMillis,
                model.featureNames(), model.relationNames(), model.config(), model.scaler(), metrics, inputSha256,
                model.config().seed(), PARAMETERS_FILE, sha256(parameters));
        json.writeValue(staging.resolve(CARD_FILE).toFile(), card);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return card;
    }

    public ModelCard card(String version) throws IOException {
        Path card = versionDir(version).resolve(CARD_FILE);
        try {
            return json.readValue(card.toFile(), ModelCard.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new IOException(card + " does not match this version of ringscope (" + e.getOriginalMessage()
                    + "); train the model again with `ringscope train`, or run the version that wrote it", e);
        }
    }

    /** The model as saved, checked against the parameter hash in its card. */
    public SageModel model(String version) throws IOException {
        ModelCard card = card(version);
        Path parameters = versionDir(version).resolve(card.parametersFile());
        String actual = sha256(parameters);
        if (!actual.equals(card.parametersSha256())) {
            throw new IOException("parameters of " + version + " do not match their recorded SHA-256");
        }
        SageParameters weights;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(parameters))) {
            weights = SageParameters.read(in);
        }
        return new SageModel(card.hyperParameters(), card.featureNames(), card.relationNames(),
                card.standardisation(), weights);
    }

    /** A scorer for the saved model; the caller closes it. */
    public SageScorer load(String version) throws IOException {
        return new SageScorer(model(version));
    }

    /** Registered versions, oldest first (by creation time, then name). */
    public List<String> versions() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> complete = dirs.filter(d -> Files.isRegularFile(d.resolve(CARD_FILE))).toList();
            record Dated(String version, String createdAt) {
            }
            List<Dated> dated = new java.util.ArrayList<>();
            for (Path d : complete) {
                dated.add(new Dated(d.getFileName().toString(), card(d.getFileName().toString()).createdAt()));
            }
            return dated.stream()
                    .sorted(Comparator.comparing((Dated d) -> Instant.parse(d.createdAt())).thenComparing(Dated::version))
                    .map(Dated::version)
                    .toList();
        }
    }

    /** The most recently created version, if any. */
    public Optional<String> latest() throws IOException {
        List<String> all = versions();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private Path versionDir(String version) throws IOException {
        if (!VERSION_NAME.matcher(version).matches()) {
            throw new IllegalArgumentException("not a version name: " + version);
        }
        Path dir = root.resolve(version);
        if (!Files.isRegularFile(dir.resolve(CARD_FILE))) {
            throw new IOException("no model version " + version + " in " + root);
        }
        return dir;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
