package io.switchboard.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.switchboard.catalog.model.Language;
import jakarta.validation.constraints.Pattern;

/** Settings of the catalog service, all under {@code switchboard.catalog}. */
@ConfigMapping(prefix = "switchboard.catalog")
public interface CatalogConfig {

    /** Language ({@code it} or {@code en}) given to items and FAQ entries that do not name one. Default {@code it}. */
    @WithName("default-language")
    @WithDefault("it")
    @Pattern(regexp = Language.PATTERN)
    String defaultLanguage();

    @WithName("import")
    Import importing();

    Search search();

    interface Import {

        /** Most items one import request may carry; a bigger catalog is imported in parts. Default 1000. */
        @WithName("max-items")
        @WithDefault("1000")
        int maxItems();
    }

    interface Search {

        /**
         * How closely (pg_trgm word similarity, 0 to 1) a query word must match somewhere in an entry for the entry
         * to be a candidate at all. Low enough to let typos through; the score decides the rest. Default 0.3.
         */
        @WithName("word-threshold")
        @WithDefault("0.3")
        double wordThreshold();

        /**
         * Lowest score (0 to 1) a hit needs to be returned: below it, matches are mostly shared letters ("pagare" in
         * "hardware per"). A one-typo word scores about 0.5. Default 0.35.
         */
        @WithName("min-score")
        @WithDefault("0.35")
        double minScore();
    }
}
