package nl.gremium.tables;

import java.util.List;

/** What layout analysis needs of one page: its size, its ruling segments and its glyphs (1-based page). */
record PageLayout(int page, float width, float height, List<Ruling> rulings, List<Glyph> glyphs) {}
