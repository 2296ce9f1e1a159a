package nl.gremium.tables;

import java.util.List;

/**
 * What layout analysis needs of one page: its size, its ruling segments and its glyphs (1-based page); {@code hiddenText}
 * when most of its text is invisible, a scan's OCR layer, whose glyph sizes follow the OCR rather than the print.
 */
record PageLayout(int page, float width, float height, List<Ruling> rulings, List<Glyph> glyphs, boolean hiddenText) {}
