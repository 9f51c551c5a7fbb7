package vn.vnpt.bacgiang.cskh.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a report's PDF in reading order, runs of white space made one space; whole or per page. */
final class EvaluationReportTestText {

    private EvaluationReportTestText() {
    }

    static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Each page's text. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return texts;
        }
    }

    /** The indexes of the pages that contain the text. */
    static List<Integer> pagesWith(List<String> pages, String text) {
        List<Integer> found = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains(text)) {
                found.add(page);
            }
        }
        return found;
    }
}
