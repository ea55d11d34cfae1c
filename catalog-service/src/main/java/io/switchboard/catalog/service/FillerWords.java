package io.switchboard.catalog.service;

import io.switchboard.catalog.model.Language;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words that carry no subject in a customer's question ("quanto costa la ...", "how much is the ..."): articles,
 * prepositions (also elided, as in "dell'ufficio"), pronouns, auxiliaries, question words, greetings. Dropped from
 * the query, they no longer dilute the score or match stray letters. Folded like the search text (lower case, no
 * accents). Words about price or time stay: they name what is asked.
 */
final class FillerWords {

    private static final Set<String> ITALIAN = words("""
            il lo la le gli un uno una di da in con su per tra fra
            del dello della dei degli delle al allo alla ai agli alle dal dallo dalla dai dagli dalle
            nel nello nella nei negli nelle sul sullo sulla sui sugli sulle dell all dall nell sull quest quell
            ed od ma se che chi cui non ne ci vi si mi ti io tu lui lei noi voi loro
            mio mia tuo tua suo sua nostro nostra vostro vostra
            come cosa dove quando quale quali quanto quanta quanti quante perche anche
            questo questa questi queste quello quella
            sono sei siamo siete era ho hai ha abbiamo avete hanno fate fai fa posso potete puo potrei
            vorrei volevo sapere buongiorno buonasera salve ciao grazie favore cortesia
            """);

    private static final Set<String> ENGLISH = words("""
            an the of to in on at for from with by about into and or but if not no
            is are was were be been am do does did have has had can could would should will may might
            me my you your we our us they them their it its he she this that these those there here
            what which who whom whose how when where why much many any some
            hi hello hey please thanks thank want like know tell
            """);

    private static final Map<Language, Set<String>> BY_LANGUAGE =
            Map.of(Language.ITALIAN, ITALIAN, Language.ENGLISH, ENGLISH);

    private FillerWords() {}

    /** Whether the folded word is filler in the language given, or in either when the language is not known. */
    static boolean isFiller(String word, Optional<Language> language) {
        return language.map(known -> BY_LANGUAGE.get(known).contains(word))
                .orElseGet(() -> ITALIAN.contains(word) || ENGLISH.contains(word));
    }

    private static Set<String> words(String text) {
        return Set.of(text.strip().split("\\s+"));
    }
}
