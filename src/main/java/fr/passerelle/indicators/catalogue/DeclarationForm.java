package fr.passerelle.indicators.catalogue;

import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Option;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * A declaration as typed, so that a refused one comes back as it was sent. The values are the fields
 * {@code v-<KEY>} ({@code v-total} without breakdown), bound apart ({@link #withValues}) because their names are not
 * properties; their problems are reported on {@code values[v-<KEY>]}.
 */
record DeclarationForm(Map<String, String> values,
                       @Size(max = Declarations.MAX_COMMENT, message = "Le commentaire fait 2000 caractères au plus.") String comment,
                       MultipartFile justificatif) {

    DeclarationForm {
        values = values == null ? Map.of() : Map.copyOf(values);
        comment = comment == null ? "" : comment;
    }

    /** The form opened on the current declaration's values (and an empty comment), or empty. */
    static DeclarationForm of(Declarations.Sheet sheet) {
        Map<String, String> values = new HashMap<>();
        sheet.current().ifPresent(current -> current.values().forEach((key, value) ->
                values.put(cell(key), DeclaredValue.typed(sheet.indicator().unit(), value))));
        return new DeclarationForm(values, "", null);
    }

    /** The form with the values as sent: the fields {@code v-<KEY>} of the request. */
    DeclarationForm withValues(MultiValueMap<String, String> params, List<Option> keys) {
        Map<String, String> sent = new HashMap<>();
        for (Option key : keys) {
            String value = params.getFirst(cell(key.value()));
            sent.put(cell(key.value()), value == null ? "" : value);
        }
        return new DeclarationForm(sent, comment, justificatif);
    }

    /** The values read by the indicator's unit; every problem at once, each on its field. */
    Map<String, BigDecimal> toValues(IndicatorDefinition indicator) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        for (Option key : Declarations.keys(indicator)) {
            String[] problem = new String[1];
            String what = indicator.breakdown() == null ? "La valeur" : key.label();
            BigDecimal value = DeclaredValue.read(indicator.unit(), value(key.value()), what, problem);
            if (problem[0] != null) {
                problems.put(field(key.value()), problem[0]);
            } else {
                read.put(key.value(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        return read;
    }

    /** What was typed for the key. */
    public String value(String key) {
        return values.getOrDefault(cell(key), "");
    }

    /** The name of a key's input, for the page. */
    public String nameOf(String key) {
        return cell(key);
    }

    /** The id of a key's input and the key of its problem, for the page. */
    public String idOf(String key) {
        return field(key);
    }

    /** The name of the input of a key. */
    static String cell(String key) {
        return "v-" + (key.isEmpty() ? "total" : key);
    }

    /** The key of a value's problem, and the id of its input (the error summary links to it). */
    static String field(String key) {
        return "values[" + cell(key) + "]";
    }

    String fileName() {
        return justificatif == null || justificatif.isEmpty() ? null : justificatif.getOriginalFilename();
    }

    byte[] fileContent() {
        if (justificatif == null || justificatif.isEmpty()) {
            return null;
        }
        try {
            return justificatif.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
