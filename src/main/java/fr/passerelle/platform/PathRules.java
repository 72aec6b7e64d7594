package fr.passerelle.platform;

import java.util.List;

/**
 * The URLs a module opens at the door, declared by the module itself as a bean: pages anyone may open, pages
 * anyone may read (GET only, the public API), and back-office areas for the national administration only.
 * Identity's security configuration applies every module's rules; everything else under {@code /gestion} needs a
 * login, and the module's services then check the role and the scope of whoever acts.
 */
public interface PathRules {

    /** Patterns anyone may open, with any method (public pages and their forms). */
    default List<String> open() {
        return List.of();
    }

    /** Patterns anyone may read with GET (the public API). */
    default List<String> openForReading() {
        return List.of();
    }

    /**
     * Patterns any logged-in account may open outside the back office (a candidate's own space): the module's services
     * then check the role and the scope.
     */
    default List<String> loggedIn() {
        return List.of();
    }

    /** Back-office patterns only the national administration may open. */
    default List<String> nationalAdministrationOnly() {
        return List.of();
    }
}
