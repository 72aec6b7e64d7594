package fr.passerelle.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes the invisible control characters (NUL and the other C0 characters but tab, line feed and carriage return,
 * and DEL) from every request parameter — query string, form fields, multipart fields — before anything reads them.
 *
 * <p>They are removed rather than refused: nobody types them on purpose (they come from a paste or a tool), the text
 * people see is unchanged without them, and every form then goes on as usual, shown again with what was typed when
 * another rule refuses it. Left in, a NUL byte is refused by PostgreSQL and the others break XML (XLSX), iCalendar and
 * PDF output.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ControlCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CleanParameters(request), response);
    }

    /** The request with its parameter values cleaned, read once from the request it wraps. */
    static final class CleanParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, String[]> clean = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String[] copy = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        copy[i] = Text.withoutControlCharacters(values[i]);
                    }
                    clean.put(name, copy);
                });
                parameters = Collections.unmodifiableMap(clean);
            }
            return parameters;
        }
    }
}
