package fr.passerelle.identity;

import fr.passerelle.platform.Option;
import java.util.List;

/**
 * The campuses an account can be scoped to, provided by the module that owns them (identity does not depend on
 * it: the campus module implements this interface).
 */
public interface ScopeChoices {

    List<Option> campuses();
}
