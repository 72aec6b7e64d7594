package fr.passerelle.jobs.candidates;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** Registration is open; the candidate's own space needs a login, and its services check it is a candidate's. */
@Component
class CandidatePaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of(RegistrationController.PATH, RegistrationController.ERASED);
    }

    @Override
    public List<String> loggedIn() {
        return List.of(CandidateSpaceController.PATH, CandidateSpaceController.PATH + "/**");
    }
}
