package org.labourhub.projects;

import org.labourhub.platform.i18n.Language;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The results of recent searches, kept for a few seconds: the same words and facets are asked again and again (the
 * landing list, a country's projects, popular words), and the registry changes only through imports, merges and
 * entries, which clear what is kept. Each app node keeps its own, so nodes stay stateless.
 */
final class RecentSearches {

    private static final long KEEP_NANOS = 30_000_000_000L;
    private static final int MAX = 2_000;

    private record Key(ProjectQuery query, Language language) {
    }

    private record Kept(ProjectSearch.Page page, long at) {
    }

    private final Map<Key, Kept> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > MAX;
        }
    };

    ProjectSearch.Page get(ProjectQuery query, Language language, Supplier<ProjectSearch.Page> search) {
        Key key = new Key(query, language);
        synchronized (kept) {
            Kept hit = kept.get(key);
            if (hit != null && System.nanoTime() - hit.at() < KEEP_NANOS) {
                return hit.page();
            }
        }
        ProjectSearch.Page page = search.get();
        synchronized (kept) {
            kept.put(key, new Kept(page, System.nanoTime()));
        }
        return page;
    }

    void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }
}
