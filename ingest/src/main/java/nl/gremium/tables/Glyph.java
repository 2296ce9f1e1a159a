package nl.gremium.tables;

/** One printed character (or ligature) with its box, y growing downward; {@code baseline} = bottom. */
record Glyph(String text, float x, float top, float right, float baseline, float size, boolean bold) {
    float centerX() {
        return (x + right) / 2;
    }

    float centerY() {
        return (top + baseline) / 2;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
