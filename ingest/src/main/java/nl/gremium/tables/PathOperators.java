package nl.gremium.tables;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The PDF path operators (construct: m l c v y h re; paint: S s f F f* B B* b b* n), added to a text stripper so
 * that one pass over a page's content stream yields both its glyphs and its ruling lines. PDFBox's own path
 * operators need a {@code PDFGraphicsStreamEngine}, which a {@code PDFTextStripper} is not; a second pass with
 * one cost about 40% of the table recovery. Points are transformed by the current transformation matrix as
 * PDFBox's operators do; clipping (W W*), shadings and images draw no ruling and stay unhandled.
 */
final class PathOperators {
    private PathOperators() {}

    /** Adds the operators to {@code engine}; each calls the collector of the page being read. */
    static void addTo(PDFStreamEngine engine, Supplier<RulingCollector> page) {
        add(engine, "m", 2, p -> {
            Point2D.Float to = engine.transformedPoint(p[0], p[1]);
            page.get().moveTo(to.x, to.y);
        });
        add(engine, "l", 2, p -> {
            Point2D.Float to = engine.transformedPoint(p[0], p[1]);
            page.get().lineTo(to.x, to.y);
        });
        for (String curve : List.of("c", "v", "y")) { // the end point is always the last two operands
            int n = curve.equals("c") ? 6 : 4;
            add(engine, curve, n, p -> {
                Point2D.Float to = engine.transformedPoint(p[n - 2], p[n - 1]);
                page.get().curveTo(to.x, to.y);
            });
        }
        add(engine, "re", 4, p -> page.get().appendRectangle(
                engine.transformedPoint(p[0], p[1]), engine.transformedPoint(p[0] + p[2], p[1]),
                engine.transformedPoint(p[0] + p[2], p[1] + p[3]), engine.transformedPoint(p[0], p[1] + p[3])));
        add(engine, "h", 0, p -> page.get().closePath());
        add(engine, "n", 0, p -> page.get().endPath());
        add(engine, "S", 0, p -> page.get().strokePath());
        add(engine, "s", 0, p -> {
            page.get().closePath();
            page.get().strokePath();
        });
        for (String fill : List.of("f", "F", "f*")) {
            add(engine, fill, 0, p -> page.get().fillPath());
        }
        for (String both : List.of("B", "B*")) {
            add(engine, both, 0, p -> page.get().fillAndStrokePath());
        }
        for (String both : List.of("b", "b*")) {
            add(engine, both, 0, p -> {
                page.get().closePath();
                page.get().fillAndStrokePath();
            });
        }
    }

    /** An operator that needs {@code arity} numbers; with fewer, or others, it is skipped (PDFBox does the same). */
    private static void add(PDFStreamEngine engine, String name, int arity, Consumer<float[]> action) {
        engine.addOperator(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (operands.size() < arity) {
                    return;
                }
                float[] values = new float[arity];
                for (int i = 0; i < arity; i++) {
                    if (!(operands.get(i) instanceof COSNumber number)) {
                        return;
                    }
                    values[i] = number.floatValue();
                }
                action.accept(values);
            }

            @Override
            public String getName() {
                return name;
            }
        });
    }
}
