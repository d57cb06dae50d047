package org.ringscope.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.communities.LeidenCommunities;
import org.ringscope.features.rings.LinkEvidence;
import org.ringscope.features.rings.RingDetector;
import org.ringscope.features.rings.RingSettings;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

/**
 * {@link RingDetector}'s four steps on Spark, for a graph that no longer fits one machine's heap: the same
 * {@link LinkEvidence} projection (Spark SQL self-join of each identifier's users), the same cores (GraphX connected
 * components of the pairs at or above the link threshold), the same growth by owned identifiers, the same Leiden
 * split of groups above the maximum size, and the same adoption. The formulas are {@code graph-features}' own
 * classes called from UDFs, so the two paths cannot drift apart; a test holds them to the same rings.
 *
 * <p>Input: one row per account–identifier use, {@code account_id, kind, key, first_seen} (epoch millis; repeated
 * uses are folded to the earliest). Output: {@code account_id, ring_id} for every ring member.
 */
public final class SparkRings {
    /** Columns of the links table this class reads. */
    public static final StructType LINKS = new StructType()
            .add("account_id", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false)
            .add("first_seen", DataTypes.LongType, false);
    private static final ClassTag<Object> ANY = ClassTag$.MODULE$.Any();
    private static final double LEIDEN_RESOLUTION = 1.0;
    private static final long LEIDEN_SEED = 42;

    private final RingSettings settings;
    private final Map<String, Double> kindWeights = new HashMap<>();
    private final Consumer<String> progress;

    /** Ring members, and what a run found on the way. */
    public record Result(Dataset<Row> members, int rings, long ringMembers, long hubsSkipped, int groupsSplit,
                         Map<Integer, Integer> sizeHistogram) {
    }

    public SparkRings(RingSettings settings, IdentifierKinds kinds, Consumer<String> progress) {
        this.settings = settings;
        for (IdentifierKind kind : kinds.all()) {
            kindWeights.put(kind.name(), kind.linkWeight());
        }
        this.progress = progress;
    }

    public Result detect(SparkSession spark, Dataset<Row> links) {
        long t0 = System.nanoTime();
        Dataset<Row> uses = links.groupBy("account_id", "kind", "key").agg(min("first_seen").as("first_seen"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> degrees = uses.groupBy("kind", "key").agg(count(lit(1)).as("degree"))
                .withColumn("link_weight", kindWeight().apply(col("kind")));
        long hubs = degrees.filter(col("link_weight").gt(0).and(col("degree").gt(settings.hubDegree()))).count();
        Dataset<Row> linking = linkingUses(uses, degrees);
        Dataset<Row> accounts = withVertexIds(spark, uses.select("account_id").distinct())
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> pairs = evidence(linking);
        progress.accept(String.format("evidence: %,d account pairs share a linking identifier (%,d hubs skipped) in %.1f s",
                pairs.count(), hubs, seconds(t0)));

        Dataset<Row> strong = byVertexId(pairs.filter(col("evidence").geq(settings.linkThreshold())), accounts);
        Dataset<Row> coreOf = components(spark, strong).persist(StorageLevel.MEMORY_AND_DISK());
        progress.accept(String.format("cores: %,d accounts in pairs above the link threshold %.2f (%.1f s)",
                coreOf.count(), settings.linkThreshold(), seconds(t0)));

        Dataset<Row> groups = components(spark, strong.union(growth(linking, accounts, coreOf)));

        // Groups of at least min size are rings, and from away-min-size when tied away from home; those above max
        // size are split on the driver.
        Dataset<Row> counted = groups.join(groups.groupBy("core").agg(count(lit(1)).as("size")), "core")
                .filter(col("size").geq(settings.awayMinSize()));
        Dataset<Row> tiedAway = tiedAwayFromHome(pairs, accounts, counted);
        Dataset<Row> sized = counted.join(tiedAway, col("core").equalTo(col("tied_core")), "left")
                .filter(col("size").geq(settings.minSize()).or(col("tied_core").isNotNull()))
                .drop("tied_core")
                .join(accounts, col("member").equalTo(col("vid")))
                .select("core", "size", "account_id")
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> whole = sized.filter(col("size").leq(settings.maxSize()));
        Dataset<Row> wholeIds = whole.groupBy("core").agg(min("account_id").as("smallest"))
                .withColumn("ring_id", ringId().apply(col("smallest")));
        Dataset<Row> members = whole.join(wholeIds, "core").select("account_id", "ring_id");
        List<Row> oversized = sized.filter(col("size").gt(settings.maxSize())).select("core", "account_id")
                .collectAsList();
        int split = (int) oversized.stream().map(r -> r.getLong(0)).distinct().count();
        if (!oversized.isEmpty()) {
            members = members.union(spark.createDataFrame(splitByCommunity(oversized, pairs), members.schema()));
        }
        members = adopt(uses, degrees, members);

        Map<Integer, Integer> histogram = new TreeMap<>();
        members.groupBy("ring_id").count().collectAsList()
                .forEach(r -> histogram.merge((int) r.getLong(1), 1, Integer::sum));
        int rings = histogram.values().stream().mapToInt(Integer::intValue).sum();
        long ringMembers = histogram.entrySet().stream().mapToLong(e -> (long) e.getKey() * e.getValue()).sum();
        progress.accept(String.format("rings: %,d rings with %,d accounts (%d groups above %d split by Leiden) in %.1f s",
                rings, ringMembers, split, settings.maxSize(), seconds(t0)));
        return new Result(members, rings, ringMembers, hubs, split, histogram);
    }

    /**
     * {@link org.ringscope.features.rings.RingAdoption} as joins, one round per pass until nobody joins; then every
     * ring is named again by its smallest member, as the in-memory path names it after adoption.
     */
    private Dataset<Row> adopt(Dataset<Row> uses, Dataset<Row> degrees, Dataset<Row> members) {
        RingSettings.Adoption adoption = settings.adoption();
        if (!adoption.enabled()) {
            return members.persist(StorageLevel.MEMORY_AND_DISK());
        }
        long delay = adoption.delayMillis();
        Dataset<Row> firstActivity = uses.groupBy("account_id").agg(min("first_seen").as("first_activity"));
        Dataset<Row> adoptable = uses.join(degrees, seq("kind", "key"))
                .filter(col("kind").isin(adoption.kinds().toArray()).and(col("degree").geq(2))
                        .and(col("degree").leq(adoption.maxDegree())))
                .join(firstActivity, "account_id")
                .select("kind", "key", "account_id", "first_seen", "first_activity")
                .persist(StorageLevel.MEMORY_AND_DISK());
        // Each round reads the members twice; a local checkpoint per round keeps the plan from doubling every round.
        Dataset<Row> current = members.localCheckpoint();
        while (true) {
            Dataset<Row> memberUses = adoptable.join(current, "account_id").select(col("kind").as("m_kind"),
                    col("key").as("m_key"), col("first_seen").as("m_first"), col("account_id").as("m_account"),
                    col("ring_id").as("m_ring"));
            Dataset<Row> adopted = adoptable.join(current.select("account_id"), seq("account_id"), "left_anti")
                    .filter(col("first_seen").minus(col("first_activity")).geq(delay))
                    .join(memberUses, col("kind").equalTo(col("m_kind")).and(col("key").equalTo(col("m_key")))
                            .and(col("m_first").lt(col("first_seen"))))
                    .groupBy("account_id")
                    .agg(min(org.apache.spark.sql.functions.struct("m_first", "m_account", "m_ring")).as("best"))
                    .select(col("account_id"), col("best.m_ring").as("ring_id"))
                    .localCheckpoint();
            long joined = adopted.count();
            if (joined == 0) {
                break;
            }
            progress.accept(String.format("adoption: %,d accounts took up a ring member's identifier", joined));
            current = current.union(adopted).localCheckpoint();
        }
        Dataset<Row> named = current.groupBy("ring_id").agg(min("account_id").as("smallest"))
                .withColumn("new_id", ringId().apply(col("smallest")));
        return current.join(named, "ring_id").select(col("account_id"), col("new_id").as("ring_id"))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Uses of identifiers that link ({@code LinkingRule}: a linking kind, 2..hubDegree users), weighted. */
    private Dataset<Row> linkingUses(Dataset<Row> uses, Dataset<Row> degrees) {
        return uses.join(degrees, seq("kind", "key"))
                .filter(col("link_weight").gt(0).and(col("degree").geq(2)).and(col("degree").leq(settings.hubDegree())))
                .withColumn("w", identifierWeight().apply(col("link_weight"), col("degree")))
                .withColumn("shared", sharedFlags().apply(col("kind")))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** {@code u, v, evidence}: {@link LinkEvidence}'s projection, each identifier's users self-joined into pairs. */
    private Dataset<Row> evidence(Dataset<Row> linking) {
        Dataset<Row> a = linking.select(col("kind"), col("key"), col("account_id").as("u"), col("first_seen").as("fu"),
                col("w"), col("shared"));
        Dataset<Row> b = linking.select(col("kind").as("kind_b"), col("key").as("key_b"), col("account_id").as("v"),
                col("first_seen").as("fv"));
        return a.join(b, col("kind").equalTo(col("kind_b")).and(col("key").equalTo(col("key_b")))
                        .and(col("u").lt(col("v"))))
                .groupBy("u", "v")
                .agg(sum("w").as("summed"), bit_or(col("shared")).as("shared"),
                        min(abs(col("fu").minus(col("fv")))).as("gap"))
                .withColumn("evidence", pairEvidence().apply(col("summed"), col("shared"), col("gap")))
                .select("u", "v", "evidence", "shared")
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** {@code tied_core}: groups in which two accounts share an away kind and neither an address nor an IP. */
    private static Dataset<Row> tiedAwayFromHome(Dataset<Row> pairs, Dataset<Row> accounts, Dataset<Row> groups) {
        Dataset<Row> away = byVertexId(pairs.filter(col("shared").equalTo(LinkEvidence.AWAY)), accounts);
        Dataset<Row> groupOfSrc = groups.select(col("member").as("src_member"), col("core").as("src_core"));
        Dataset<Row> groupOfDst = groups.select(col("member").as("dst_member"), col("core").as("dst_core"));
        return away.join(groupOfSrc, col("src").equalTo(col("src_member")))
                .join(groupOfDst, col("dst").equalTo(col("dst_member")))
                .filter(col("src_core").equalTo(col("dst_core")))
                .select(col("src_core").as("tied_core")).distinct();
    }

    /**
     * {@code src, dst} edges of the growth step: an identifier used by at least two members of one core, who make up
     * at least {@code ownShare} of its users, ties its users that are in no core to that core.
     */
    private Dataset<Row> growth(Dataset<Row> linking, Dataset<Row> accounts, Dataset<Row> coreOf) {
        Dataset<Row> users = linking.select("kind", "key", "degree", "account_id")
                .join(accounts, "account_id")
                .join(coreOf, col("vid").equalTo(coreOf.col("member")), "left")
                .select("kind", "key", "degree", "vid", "core");
        Dataset<Row> owned = users.filter(col("core").isNotNull())
                .groupBy("kind", "key", "degree", "core").agg(count(lit(1)).as("n"))
                .filter(col("n").geq(2).and(col("n").geq(col("degree").multiply(settings.ownShare()))))
                .select(col("kind").as("owned_kind"), col("key").as("owned_key"), col("core").as("owner"));
        return users.filter(col("core").isNull())
                .join(owned, col("kind").equalTo(col("owned_kind")).and(col("key").equalTo(col("owned_key"))))
                .select(col("vid").as("src"), col("owner").as("dst"));
    }

    /** Leiden communities of each oversized group's evidence graph, exactly as {@link RingDetector} splits them. */
    private List<Row> splitByCommunity(List<Row> oversized, Dataset<Row> pairs) {
        Map<Long, List<String>> byGroup = new TreeMap<>();
        Map<String, Long> groupOf = new HashMap<>();
        for (Row r : oversized) {
            byGroup.computeIfAbsent(r.getLong(0), k -> new ArrayList<>()).add(r.getString(1));
            groupOf.put(r.getString(1), r.getLong(0));
        }
        Dataset<Row> inside = pairs.sparkSession().createDataFrame(
                oversized.stream().map(r -> RowFactory.create(r.getString(1))).toList(),
                new StructType().add("member", DataTypes.StringType));
        List<Row> edges = pairs.join(inside, col("u").equalTo(col("member"))).drop("member")
                .join(inside, col("v").equalTo(col("member"))).drop("member")
                .orderBy("u", "v").collectAsList();
        List<Row> out = new ArrayList<>();
        for (Map.Entry<Long, List<String>> group : byGroup.entrySet()) {
            List<String> ids = group.getValue().stream().sorted().toList();
            Map<String, Integer> local = new HashMap<>();
            ids.forEach(id -> local.put(id, local.size()));
            List<Row> own = edges.stream().filter(e -> group.getKey().equals(groupOf.get(e.getString(0)))
                    && group.getKey().equals(groupOf.get(e.getString(1)))).toList();
            int[] from = own.stream().mapToInt(e -> local.get(e.getString(0))).toArray();
            int[] to = own.stream().mapToInt(e -> local.get(e.getString(1))).toArray();
            double[] w = own.stream().mapToDouble(e -> e.getDouble(2)).toArray();
            int[] community = new LeidenCommunities(LEIDEN_RESOLUTION, LEIDEN_SEED).cluster(ids.size(), from, to, w);
            Map<Integer, List<String>> byCommunity = new TreeMap<>();
            for (int i = 0; i < ids.size(); i++) {
                byCommunity.computeIfAbsent(community[i], k -> new ArrayList<>()).add(ids.get(i));
            }
            for (List<String> ring : byCommunity.values()) {
                if (ring.size() >= settings.minSize()) {
                    String ringId = RingDetector.ringId(ring.get(0));
                    ring.forEach(member -> out.add(RowFactory.create(member, ringId)));
                }
            }
        }
        return out;
    }

    /** {@code member, core}: each vertex of the edges with its component's smallest vertex id. */
    private static Dataset<Row> components(SparkSession spark, Dataset<Row> edges) {
        JavaRDD<Edge<Object>> rdd = edges.toJavaRDD().map(r -> new Edge<Object>(r.getLong(0), r.getLong(1), 0));
        Graph<Object, Object> graph = Graph.fromEdges(rdd.rdd(), 0L, StorageLevel.MEMORY_AND_DISK(),
                StorageLevel.MEMORY_AND_DISK(), ANY, ANY);
        Graph<Object, Object> components = ConnectedComponents.run(graph, ANY, ANY);
        JavaRDD<Row> rows = components.vertices().toJavaRDD()
                .map((Tuple2<Object, Object> t) -> RowFactory.create((Long) t._1(), (Long) t._2()));
        return spark.createDataFrame(rows, new StructType()
                .add("member", DataTypes.LongType, false).add("core", DataTypes.LongType, false));
    }

    /** {@code account_id, vid}: a dense long id per account. */
    private static Dataset<Row> withVertexIds(SparkSession spark, Dataset<Row> accountIds) {
        JavaRDD<Row> rows = accountIds.toJavaRDD().zipWithIndex()
                .map(t -> RowFactory.create(t._1().getString(0), t._2()));
        return spark.createDataFrame(rows, new StructType()
                .add("account_id", DataTypes.StringType, false).add("vid", DataTypes.LongType, false));
    }

    /** {@code src, dst}: the pairs' accounts as vertex ids. */
    private static Dataset<Row> byVertexId(Dataset<Row> pairs, Dataset<Row> accounts) {
        Dataset<Row> u = accounts.select(col("account_id").as("u_id"), col("vid").as("src"));
        Dataset<Row> v = accounts.select(col("account_id").as("v_id"), col("vid").as("dst"));
        return pairs.join(u, col("u").equalTo(col("u_id"))).join(v, col("v").equalTo(col("v_id"))).select("src", "dst");
    }

    private UserDefinedFunction kindWeight() {
        Map<String, Double> weights = new HashMap<>(kindWeights);
        return org.apache.spark.sql.functions.udf(
                (UDF1<String, Double>) kind -> weights.getOrDefault(kind, 0.0), DataTypes.DoubleType);
    }

    private static UserDefinedFunction identifierWeight() {
        return org.apache.spark.sql.functions.udf(
                (UDF2<Double, Long, Double>) (weight, degree) -> LinkEvidence.identifierWeight(weight, (int) (long) degree),
                DataTypes.DoubleType);
    }

    private UserDefinedFunction sharedFlags() {
        RingSettings s = settings;
        return org.apache.spark.sql.functions.udf((UDF1<String, Integer>) kind -> new LinkEvidence(s).sharedFlags(kind),
                DataTypes.IntegerType);
    }

    private UserDefinedFunction pairEvidence() {
        RingSettings s = settings;
        return org.apache.spark.sql.functions.udf((UDF3<Double, Integer, Long, Double>) (summed, shared, gap) ->
                new LinkEvidence(s).pairEvidence(summed, shared, gap), DataTypes.DoubleType);
    }

    private static UserDefinedFunction ringId() {
        return org.apache.spark.sql.functions.udf((UDF1<String, String>) RingDetector::ringId, DataTypes.StringType);
    }

    private static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
