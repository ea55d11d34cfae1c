package io.switchboard.catalog.service;

import io.micrometer.core.annotation.Timed;
import io.switchboard.catalog.config.CatalogConfig;
import io.switchboard.catalog.entity.CatalogItem;
import io.switchboard.catalog.entity.FaqEntry;
import io.switchboard.catalog.mapping.FaqMapper;
import io.switchboard.catalog.mapping.ItemMapper;
import io.switchboard.catalog.model.Language;
import io.switchboard.catalog.model.SearchHit;
import io.switchboard.catalog.model.SearchResults;
import io.switchboard.catalog.repository.CatalogItemRepository;
import io.switchboard.catalog.repository.FaqEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the items and FAQ entries a query is about, best first, tolerant of typos, accents and the Italian/English
 * mix of a real catalog. The one place search is decided: the API and the question-answering consumer both ask here.
 *
 * <p>How an entry scores: each query word is matched (pg_trgm trigram word similarity, the mean of the lenient and
 * the whole-word variant) against the entry's title (item name or FAQ question), keywords (category, tags) and body
 * (description, answer); the word counts with its best match, weighted by where it was found. The score is the mean
 * over the query's words, so an entry matching every word beats one matching a few. A question that contains an
 * entry's whole title ("quanto costa la migrazione cloud?") scores by that too. Scores run from 0 to 1.
 */
@ApplicationScoped
public class CatalogSearch {

    // Where a word is found says how much the entry is about it.
    private static final double TITLE_WEIGHT = 1.0;
    private static final double KEYWORD_WEIGHT = 0.8;
    private static final double BODY_WEIGHT = 0.5;
    /** A title found inside a longer question: strong, but short titles appear inside many questions by chance. */
    private static final double TITLE_IN_QUERY_WEIGHT = 0.9;

    private static final String SEARCH_SQL = searchSql();

    private final EntityManager entityManager;
    private final CatalogItemRepository items;
    private final FaqEntryRepository faqs;
    private final ItemMapper itemMapper;
    private final FaqMapper faqMapper;
    private final CatalogConfig config;

    CatalogSearch(
            EntityManager entityManager,
            CatalogItemRepository items,
            FaqEntryRepository faqs,
            ItemMapper itemMapper,
            FaqMapper faqMapper,
            CatalogConfig config) {
        this.entityManager = entityManager;
        this.items = items;
        this.faqs = faqs;
        this.itemMapper = itemMapper;
        this.faqMapper = faqMapper;
        this.config = config;
    }

    /**
     * The best {@code limit} hits for a query within one tenant's catalog.
     *
     * @param language the query's language when known: it chooses the filler words to drop and, between equal
     *     scores, prefers entries written in it; entries in the other language are still found
     */
    @Timed(value = "catalog.search", description = "Time to search one catalog")
    @Transactional
    public SearchResults search(String tenantId, String query, Optional<Language> language, int limit) {
        SearchTerms terms = SearchTerms.of(query, language);
        if (terms.isEmpty()) {
            return new SearchResults(List.of(), List.of());
        }
        // Candidates are the entries where some word passes this threshold (the GIN trigram index answers that).
        entityManager
                .createNativeQuery("SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                .setParameter("threshold", Double.toString(config.search().wordThreshold()))
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(SEARCH_SQL)
                .setParameter("words", terms.phrase())
                .setParameter("phrase", terms.phrase())
                .setParameter("tenant", tenantId)
                .setParameter("minScore", config.search().minScore())
                .setParameter("language", language.map(Language::code).orElse(""))
                .setParameter("limit", limit)
                .getResultList();
        return new SearchResults(terms.words(), hits(tenantId, rows));
    }

    private List<SearchHit> hits(String tenantId, List<Object[]> rows) {
        List<UUID> itemIds = idsOf("item", rows);
        List<UUID> faqIds = idsOf("faq", rows);
        Map<UUID, CatalogItem> itemsById = items.listOwned(tenantId, itemIds).stream()
                .collect(Collectors.toMap(item -> item.id, Function.identity()));
        Map<UUID, FaqEntry> faqsById =
                faqs.listOwned(tenantId, faqIds).stream().collect(Collectors.toMap(faq -> faq.id, Function.identity()));
        List<SearchHit> hits = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[1];
            double score = Math.round(((Number) row[2]).doubleValue() * 1000) / 1000.0;
            // An entry deleted between ranking and loading is simply no longer a hit.
            if ("item".equals(row[0]) && itemsById.containsKey(id)) {
                hits.add(new SearchHit.ItemHit(score, itemMapper.toItem(itemsById.get(id))));
            } else if ("faq".equals(row[0]) && faqsById.containsKey(id)) {
                hits.add(new SearchHit.FaqHit(score, faqMapper.toFaq(faqsById.get(id))));
            }
        }
        return hits;
    }

    private static List<UUID> idsOf(String kind, List<Object[]> rows) {
        return rows.stream()
                .filter(row -> kind.equals(row[0]))
                .map(row -> (UUID) row[1])
                .toList();
    }

    /** Ranks candidates of both kinds in one statement, so items and FAQ entries compete for the same places. */
    private static String searchSql() {
        String template = """
                WITH words AS (
                    SELECT DISTINCT catalog_fold(word) AS word FROM unnest(string_to_array(:words, ' ')) AS word
                ),
                item_hits AS (
                    SELECT 'item' AS kind, i.id, i.language,
                           greatest(sum(ITEM_WORD_SCORE) / (SELECT count(*) FROM words), ITEM_TITLE_IN_QUERY) AS score
                    FROM words JOIN catalog_item i ON i.tenant_id = :tenant AND i.search_document %> words.word
                    GROUP BY i.id
                ),
                faq_hits AS (
                    SELECT 'faq' AS kind, f.id, f.language,
                           greatest(sum(FAQ_WORD_SCORE) / (SELECT count(*) FROM words), FAQ_TITLE_IN_QUERY) AS score
                    FROM words JOIN faq_entry f ON f.tenant_id = :tenant AND f.search_document %> words.word
                    GROUP BY f.id
                )
                SELECT kind, id, score FROM (SELECT * FROM item_hits UNION ALL SELECT * FROM faq_hits) AS hits
                WHERE score >= :minScore
                ORDER BY score DESC, language = :language DESC, kind DESC, id
                LIMIT :limit
                """;
        return template.replace(
                        "ITEM_WORD_SCORE", wordScore("i.search_name", "i.search_keywords", "i.search_description"))
                .replace("ITEM_TITLE_IN_QUERY", titleInQuery("i.search_name"))
                .replace("FAQ_WORD_SCORE", wordScore("f.search_question", "f.search_keywords", "f.search_answer"))
                .replace("FAQ_TITLE_IN_QUERY", titleInQuery("f.search_question"));
    }

    /** One word's best weighted match in an entry. */
    private static String wordScore(String title, String keywords, String body) {
        return "greatest(" + TITLE_WEIGHT + " * " + match(title) + ", " + KEYWORD_WEIGHT + " * " + match(keywords)
                + ", " + BODY_WEIGHT + " * " + match(body) + ")";
    }

    /**
     * The lenient variant finds a word inside a longer one ("cloud" in "multicloud"); the whole-word variant keeps
     * a few shared letters from counting as much ("sito" is not "sicurezza").
     */
    private static String match(String field) {
        return "(word_similarity(words.word, " + field + ") + strict_word_similarity(words.word, " + field + ")) / 2";
    }

    /** How much of the title appears, as whole words, in the query: the title found inside a question. */
    private static String titleInQuery(String title) {
        return TITLE_IN_QUERY_WEIGHT + " * strict_word_similarity(" + title + ", :phrase)";
    }
}
