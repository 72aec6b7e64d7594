package fr.passerelle.clusters.network;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The public directory of clusters and its API are open to anyone; the back office needs a login. */
@Component
class ClusterPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/clusters", "/clusters/**");
    }

    @Override
    public List<String> openForReading() {
        return List.of("/api/v1/clusters", "/api/v1/clusters/**");
    }
}
