package dev.aigraph.bench;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import dev.aigraph.bench.SyntheticFact.Article;
import dev.aigraph.bench.SyntheticFact.Entity;
import dev.aigraph.graph.EntityKind;
import dev.aigraph.graph.RelationType;
import dev.aigraph.resolve.NameKey;

/**
 * A deterministic, AI-industry-shaped stream of facts: organisations, chip makers, clouds, models and products, about
 * one entity per ten facts, related by a fixed mix of relation types with heavy-tailed degrees (a few clouds, chip
 * makers, models and investors are drawn far more often than the rest), with amounts and periods, reported by
 * articles of one to twelve facts dated 2015 to 2026. Some facts are reported again by a later article. The same
 * seed and size give the same stream; the stream is produced as it is read, so its length costs no memory.
 *
 * <p>aigraph gives a name it does not know the default kind of the role it first appears in, so every model, product
 * and cloud is introduced by a fact that gives it its kind (its developer develops it, uses it, runs on it) just
 * before its first other fact.
 */
final class SyntheticGraph {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "tor", "zi", "qua", "nel", "dor",
            "bri", "xe", "sol", "tan", "vi", "rek", "mo", "fa", "lu", "gri"};
    private static final String[] ORGANIZATION_WORDS = {"Labs", "AI", "Systems", "Dynamics", "Robotics", "Capital",
            "Ventures"};
    private static final String[] PRODUCT_WORDS = {"Studio", "Assistant", "Copilot", "Search", "Chat"};
    private static final String[] CURRENCIES = {"USD", "USD", "USD", "USD", "USD", "USD", "USD", "EUR", "EUR", "GBP"};
    private static final LocalDate FIRST_ARTICLE = LocalDate.of(2015, 1, 1);
    private static final int ARTICLE_DAYS = 11 * 365 + 150;
    // Facts an article reports again come from the recent past: a bounded window, so memory does not grow.
    private static final int REPORTED_AGAIN_WINDOW = 4096;

    private final long size;
    private final long seed;
    private final List<Entity> organizations = new ArrayList<>();
    private final List<Entity> chipMakers = new ArrayList<>();
    private final List<Entity> clouds = new ArrayList<>();
    private final List<Entity> models = new ArrayList<>();
    private final List<Entity> products = new ArrayList<>();
    private final int[] developerOfModel;
    private final int[] developerOfProduct;
    private final int[] providerOfCloud;
    private final Zipf cloudHubs;
    private final Zipf chipHubs;
    private final Zipf modelHubs;
    private final Zipf bigOrganizations;
    private final Zipf buyers;

    SyntheticGraph(long size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("the graph needs at least one fact, not " + size);
        }
        this.size = size;
        this.seed = seed;
        int entities = (int) Math.max(60, size / 10);
        int hubs = Math.max(3, entities / 200);
        int names = 0;
        for (int i = 0; i < hubs; i++) {
            clouds.add(entity(name(names++) + " Cloud", EntityKind.CLOUD_PLATFORM));
            chipMakers.add(entity(name(names++) + " Semiconductor", EntityKind.ORGANIZATION));
        }
        for (int i = 0; i < entities * 2 / 5; i++) {
            organizations.add(entity(name(names++) + " " + ORGANIZATION_WORDS[i % ORGANIZATION_WORDS.length],
                    EntityKind.ORGANIZATION));
        }
        for (int i = 0; i < entities / 5; i++) {
            models.add(entity(name(names++) + "-" + (i % 9 + 1), EntityKind.AI_MODEL));
        }
        for (int i = 0; i < entities - 2 * hubs - organizations.size() - models.size(); i++) {
            products.add(entity(name(names++) + " " + PRODUCT_WORDS[i % PRODUCT_WORDS.length], EntityKind.PRODUCT));
        }
        cloudHubs = new Zipf(clouds.size(), 1.2);
        chipHubs = new Zipf(chipMakers.size(), 1.3);
        modelHubs = new Zipf(models.size(), 1.0);
        bigOrganizations = new Zipf(organizations.size(), 1.0);
        buyers = new Zipf(organizations.size(), 0.7);
        // Each model, product and cloud has one developer, big labs many: fixed here so every report agrees.
        var random = new SplittableRandom(seed);
        developerOfModel = developers(models.size(), random);
        developerOfProduct = developers(products.size(), random);
        providerOfCloud = developers(clouds.size(), random);
    }

    long size() {
        return size;
    }

    /** How many distinct entities the stream can name. */
    int entities() {
        return organizations.size() + chipMakers.size() + clouds.size() + models.size() + products.size();
    }

    /** The stream of {@link #size()} facts, the same on every call. */
    Iterator<SyntheticFact> facts() {
        return new Facts();
    }

    private int[] developers(int count, SplittableRandom random) {
        int[] developers = new int[count];
        for (int i = 0; i < count; i++) {
            developers[i] = bigOrganizations.next(random);
        }
        return developers;
    }

    private static Entity entity(String name, EntityKind kind) {
        return new Entity(NameKey.slug(name), name, kind);
    }

    // A pronounceable name per number, at least two syllables: a bijection, so names never repeat.
    private static String name(int number) {
        var name = new StringBuilder();
        int rest = number;
        do {
            name.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        } while (rest > 0 || name.length() < 4);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The iterator: draws each fact, introducing an entity's kind before its first use. */
    private final class Facts implements Iterator<SyntheticFact> {

        private final SplittableRandom random = new SplittableRandom(seed);
        private final BitSet modelsIntroduced = new BitSet();
        private final BitSet productsIntroduced = new BitSet();
        private final BitSet cloudsIntroduced = new BitSet();
        private final ArrayDeque<SyntheticFact> pending = new ArrayDeque<>();
        private final SyntheticFact[] recent = new SyntheticFact[REPORTED_AGAIN_WINDOW];
        private final long articles = Math.max(1, size / 6);
        private long produced;
        private long articleNumber = -1;
        private int leftInArticle;
        private Article article;

        @Override
        public boolean hasNext() {
            return produced < size;
        }

        @Override
        public SyntheticFact next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            while (pending.isEmpty()) {
                nextArticleIfDone();
                draw();
            }
            SyntheticFact fact = pending.poll();
            recent[(int) (produced % recent.length)] = fact;
            produced++;
            return fact;
        }

        private void nextArticleIfDone() {
            if (leftInArticle > 0) {
                leftInArticle--;
                return;
            }
            articleNumber++;
            leftInArticle = random.nextInt(12);
            LocalDate published = FIRST_ARTICLE.plusDays(Math.min(articleNumber, articles) * ARTICLE_DAYS / articles);
            article = new Article("bench-article-" + articleNumber, "Synthetic article " + articleNumber,
                    published.toString());
        }

        private void draw() {
            double kind = random.nextDouble();
            if (kind < 0.12 && produced > 0) {
                SyntheticFact earlier = recent[random.nextInt((int) Math.min(produced, recent.length))];
                if (!earlier.article().equals(article)) {
                    pending.add(earlier.reportedIn(article));
                }
            } else if (kind < 0.29) {
                double who = random.nextDouble();
                Entity subject = who < 0.7 ? product(random.nextInt(products.size()))
                        : who < 0.9 ? model(random.nextInt(models.size()))
                        : organizations.get(random.nextInt(organizations.size()));
                add(subject, RelationType.RUNS_ON, cloud(cloudHubs.next(random)), null, since(0.5), null);
            } else if (kind < 0.39) {
                Entity seller = random.nextDouble() < 0.8 ? cloud(cloudHubs.next(random))
                        : organizations.get(bigOrganizations.next(random));
                int start = year() + random.nextInt(3);
                add(organizations.get(buyers.next(random)), RelationType.BUYS_COMPUTE_FROM, seller,
                        amount(1e7, 3e11), String.valueOf(start), String.valueOf(start + 1 + random.nextInt(7)));
            } else if (kind < 0.54) {
                Entity user = random.nextDouble() < 0.9 ? product(random.nextInt(products.size()))
                        : organizations.get(random.nextInt(organizations.size()));
                add(user, RelationType.USES_MODEL, model(modelHubs.next(random)), null, since(0.3), null);
            } else if (kind < 0.62) {
                add(chipMakers.get(chipHubs.next(random)), RelationType.SUPPLIES,
                        organizations.get(buyers.next(random)), random.nextDouble() < 0.3 ? amount(1e7, 5e10) : null,
                        since(0.5), null);
            } else if (kind < 0.76) {
                add(organizations.get(bigOrganizations.next(random)), RelationType.INVESTED_IN,
                        organizations.get(random.nextInt(organizations.size())), amount(1e6, 1e10),
                        String.valueOf(year()), null);
            } else if (kind < 0.84) {
                add(organizations.get(buyers.next(random)), RelationType.PARTNERS_WITH,
                        organizations.get(random.nextInt(organizations.size())), null, since(0.3), null);
            } else if (kind < 0.90) {
                boolean between = random.nextBoolean();
                add(between ? model(random.nextInt(models.size())) : organizations.get(random.nextInt(
                                organizations.size())), RelationType.COMPETES_WITH,
                        between ? model(modelHubs.next(random)) : organizations.get(bigOrganizations.next(random)),
                        null, null, null);
            } else if (kind < 0.93) {
                add(organizations.get(random.nextInt(organizations.size())), RelationType.LICENSES,
                        organizations.get(bigOrganizations.next(random)), null, since(0.5), null);
            } else if (kind < 0.95) {
                add(organizations.get(random.nextInt(organizations.size())), RelationType.SUBSIDIARY_OF,
                        organizations.get(bigOrganizations.next(random)), null, since(0.3), null);
            } else if (random.nextBoolean()) {
                reportDeveloper(random.nextInt(products.size()), productsIntroduced, this::product, developerOfProduct);
            } else {
                reportDeveloper(random.nextInt(models.size()), modelsIntroduced, this::model, developerOfModel);
            }
        }

        // An entity's introduction is this very fact; reporting it again is for one already introduced.
        private void reportDeveloper(int at, BitSet introduced, IntFunction<Entity> entity, int[] developers) {
            if (introduced.get(at)) {
                add(organizations.get(developers[at]), RelationType.DEVELOPS, entity.apply(at), null, null, null);
            } else {
                entity.apply(at);
            }
        }

        private void add(Entity subject, RelationType relation, Entity object, Long amount, String start,
                         String end) {
            if (subject.id().equals(object.id())) {
                // An entity does not relate to itself; the next draw gives another fact instead.
                return;
            }
            String currency = amount == null ? null : CURRENCIES[random.nextInt(CURRENCIES.length)];
            String sentence = subject.name() + " " + relation.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " " + object.name() + (amount == null ? "" : " for " + amount + " " + currency)
                    + (start == null ? "" : " from " + start) + (end == null ? "" : " to " + end) + ".";
            pending.add(new SyntheticFact(subject, relation, object, amount, currency, start, end, article, sentence));
        }

        // Models, products and clouds are introduced on first use, in the role that gives them their kind.
        private Entity model(int at) {
            return introduced(models, modelsIntroduced, at, model -> {
                Entity developer = organizations.get(developerOfModel[at]);
                add(developer, RelationType.USES_MODEL, model, null, null, null);
                add(developer, RelationType.DEVELOPS, model, null, null, null);
            });
        }

        private Entity product(int at) {
            return introduced(products, productsIntroduced, at, product -> add(organizations.get(
                    developerOfProduct[at]), RelationType.DEVELOPS, product, null, null, null));
        }

        private Entity cloud(int at) {
            return introduced(clouds, cloudsIntroduced, at, cloud -> {
                Entity provider = organizations.get(providerOfCloud[at]);
                add(provider, RelationType.RUNS_ON, cloud, null, null, null);
                add(provider, RelationType.DEVELOPS, cloud, null, null, null);
            });
        }

        private Entity introduced(List<Entity> entities, BitSet done, int at, Consumer<Entity> introduce) {
            Entity entity = entities.get(at);
            if (!done.get(at)) {
                done.set(at);
                introduce.accept(entity);
            }
            return entity;
        }

        private int year() {
            return Integer.parseInt(article.published().substring(0, 4));
        }

        private String since(double probability) {
            return random.nextDouble() < probability ? String.valueOf(year() - random.nextInt(4)) : null;
        }

        // Log-uniform between the bounds, rounded to a million: deal sizes span orders of magnitude.
        private long amount(double low, double high) {
            double value = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
            return Math.max(1, Math.round(value / 1e6)) * 1_000_000L;
        }
    }
}
