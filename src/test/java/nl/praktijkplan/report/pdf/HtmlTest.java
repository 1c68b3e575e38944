package nl.praktijkplan.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void theUsersLinesBecomeParagraphsAndAreEscaped() {
        // Windows and Unix line ends, an empty line between blocks, and a character that must be escaped.
        String html = new Html().paragraphs("Wachtlijst 600 patiënten.\r\nTwee huisartsen stoppen.\n\nOverleg met <gemeente> & ROS.\n")
                .toString();
        assertEquals("<p>Wachtlijst 600 patiënten.</p><p>Twee huisartsen stoppen.</p>"
                + "<p>Overleg met &lt;gemeente&gt; &amp; ROS.</p>", html);
    }
}
