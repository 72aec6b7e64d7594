package fr.passerelle.trades.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form to add a trade to a selection: the fiche picked in the search results; {@link #tradeQuery()} is what was typed to find it. */
record AddTradeForm(
        @NotBlank(message = "Choisissez un métier dans la liste.") String tradeCode,
        @Size(max = 200, message = "La recherche de métier ne peut dépasser 200 caractères.") String tradeQuery) {

    static AddTradeForm searching(String query) {
        return new AddTradeForm("", query == null ? "" : query);
    }
}
