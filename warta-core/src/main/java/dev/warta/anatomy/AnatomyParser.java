package dev.warta.anatomy;

import dev.warta.model.Article;

/**
 * Reads the anatomy of a news text (one paragraph per line): lead prefix (outlet, dateline),
 * boilerplate, credits, cited sources and the clean body.
 */
public interface AnatomyParser {
    Article parse(String text, ArticleHints hints);
}
