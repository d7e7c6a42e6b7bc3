package com.actionpack.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded font: WenQuanYi Micro Hei (Debian's fonts-wqy-microhei, Apache-2.0 or GPL-3+
 * with the font exception, which allows embedding), one face covering Latin, Greek, Cyrillic
 * and CJK, so names in any of those scripts print as typed. Embedded as a subset of the glyphs
 * used. A character the font lacks (Arabic, emoji) prints as {@code ?} rather than failing the
 * document; control characters print as a space.
 */
final class DocumentFont {

    static final String RESOURCE = "fonts/wqy-microhei.ttc";
    private static final String FACE = "WenQuanYiMicroHei";

    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private DocumentFont(PDType0Font font) {
        this.font = font;
    }

    static DocumentFont load(PDDocument document) throws IOException {
        try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the PDF font " + RESOURCE + " is missing from the plugin jar");
            }
            // The collection is not closed: the embedded subset is read from it when the document is saved.
            TrueTypeCollection collection = new TrueTypeCollection(in);
            TrueTypeFont face = collection.getFontByName(FACE);
            if (face == null) {
                throw new IOException("font " + FACE + " not found in " + RESOURCE);
            }
            return new DocumentFont(PDType0Font.load(document, face, true));
        }
    }

    PDType0Font pdf() {
        return font;
    }

    /** The text with what the font cannot draw replaced. */
    String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::canDraw)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width of already {@link #safe} text in points at {@code size}. */
    float width(String safeText, float size) throws IOException {
        return font.getStringWidth(safeText) / 1000f * size;
    }
}
