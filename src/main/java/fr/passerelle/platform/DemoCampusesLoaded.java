package fr.passerelle.platform;

/**
 * The former place of {@link fr.passerelle.demo.DemoCampusesLoaded}, published with it until the governance and
 * labelling demo loaders, which still listen to this one, move into the {@code demo} module (a listener of the demo
 * event inside governance or labelling would close a cycle with the demo module, which uses their services).
 *
 * @deprecated listen to {@link fr.passerelle.demo.DemoCampusesLoaded} from the {@code demo} module
 */
@Deprecated(forRemoval = true)
public record DemoCampusesLoaded() {
}
