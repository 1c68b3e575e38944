package nl.praktijkplan.report.pdf;

import java.util.List;

/** Small helpers to write well-formed XHTML: every piece of user text goes through {@link #esc(String)}. */
final class Html {

    private final StringBuilder sb = new StringBuilder(64 * 1024);

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        continue; // not allowed in XML
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Appends raw markup (never user text). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html tag(String tag, String text) {
        sb.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    Html tag(String tag, String cssClass, String text) {
        sb.append('<').append(tag).append(" class=\"").append(cssClass).append("\">").append(esc(text))
                .append("</").append(tag).append('>');
        return this;
    }

    /** The user's own text: one paragraph per line or block of lines they wrote. */
    Html paragraphs(String text) {
        for (String paragraph : text.strip().split("\\R+")) {
            p(paragraph.strip());
        }
        return this;
    }

    Html p(String text) {
        return tag("p", text);
    }

    Html h2(String text) {
        return tag("h2", text);
    }

    /** A two-column table of label and value; the value column right-aligned. */
    Html keyValues(List<String[]> rows) {
        sb.append("<table class=\"kv\"><tbody>");
        for (String[] r : rows) {
            sb.append("<tr><th>").append(esc(r[0])).append("</th><td class=\"num\">").append(esc(r[1])).append("</td>");
            sb.append("<td class=\"note\">").append(r.length > 2 ? esc(r[2]) : "").append("</td>");
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        return this;
    }

    /**
     * A data table whose header repeats on every page it spans.
     *
     * @param numeric per column: right-align (numbers)
     */
    Html table(String cssClass, String[] header, boolean[] numeric, List<String[]> rows) {
        sb.append("<table class=\"data ").append(cssClass).append("\"><thead><tr>");
        for (int i = 0; i < header.length; i++) {
            sb.append("<th").append(numeric[i] ? " class=\"num\"" : "").append('>').append(esc(header[i])).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (String[] r : rows) {
            boolean total = r.length > header.length && "total".equals(r[header.length]);
            sb.append(total ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < header.length; i++) {
                sb.append("<td").append(numeric[i] ? " class=\"num\"" : "").append('>').append(esc(r[i])).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        return this;
    }

    /** A chart placeholder that the object drawer fills with a vector JFreeChart. */
    Html chart(String id, int heightMm) {
        sb.append("<div class=\"chart\"><object type=\"jfreechart\" id=\"").append(id)
                .append("\" style=\"width:170mm;height:").append(heightMm).append("mm;\"></object></div>");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
