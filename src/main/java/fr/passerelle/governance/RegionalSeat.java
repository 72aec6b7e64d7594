package fr.passerelle.governance;

/**
 * The seats source 001 gives the regional co-piloting bodies: the regional strategic committee gathers « le(s)
 * recteur(s), le/la président(e) de région, la DREETS, la DAFPIC/DAET et les directeurs opérationnels des campus de la
 * région »; a national thematic network has its national representative and the directors of its member campuses.
 */
public enum RegionalSeat {
    RECTOR("Recteur·rice"),
    REGION_PRESIDENT("Président·e de région"),
    DREETS("DREETS"),
    DAFPIC_DAET("DAFPIC / DAET"),
    OPERATIONAL_DIRECTOR("Directeur·rice opérationnel·le de campus"),
    NATIONAL_REPRESENTATIVE("Représentant·e national·e du réseau"),
    OTHER("Autre membre");

    private final String label;

    RegionalSeat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
