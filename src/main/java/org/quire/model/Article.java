package org.quire.model;

import java.util.List;

public record Article(ArticleMeta meta, List<Block> blocks) {
    public Article {
        blocks = List.copyOf(blocks);
    }
}
