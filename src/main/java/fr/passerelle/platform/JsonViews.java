package fr.passerelle.platform;

import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes data as JSON inside a page's {@code <script type="application/json">}, safe from closing the script early. */
@Component("jsonViews")
public class JsonViews {

    private final ObjectMapper json;

    JsonViews(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return json.writeValueAsString(value).replace("</", "<\\/").replace("<!--", "<\\!--");
    }
}
