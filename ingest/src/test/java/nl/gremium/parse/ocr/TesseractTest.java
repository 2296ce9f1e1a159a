package nl.gremium.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reading Tesseract's orientation report (its --psm 0 output). */
class TesseractTest {
    private static String report(int rotate, String confidence) {
        return "Page number: 0\nOrientation in degrees: " + rotate + "\nRotate: " + rotate + "\nOrientation confidence: "
                + confidence + "\nScript: Latin\nScript confidence: 3.12\n";
    }

    @Test
    void aSureOrientationIsTaken() {
        assertEquals(180, Tesseract.rotationOf(report(180, "16.64")));
        assertEquals(90, Tesseract.rotationOf(report(90, "2.10")));
        assertEquals(0, Tesseract.rotationOf(report(0, "19.40")));
    }

    @Test
    void aGuessIsNot() {
        assertEquals(0, Tesseract.rotationOf(report(270, "0.61")), "a cover photo and its title");
        assertEquals(0, Tesseract.rotationOf("Too few characters. Skipping this page\n"));
        assertEquals(0, Tesseract.rotationOf("Rotate: 90\nOrientation confidence: x\n"));
    }
}
