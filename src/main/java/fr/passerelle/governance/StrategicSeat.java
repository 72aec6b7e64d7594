package fr.passerelle.governance;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The seats the sources give the strategic orientation committee: « composé du recteur d'académie, du président du
 * conseil régional, d'un représentant des filières économiques concernées, du chef de l'établissement support (ou du
 * représentant de la structure juridique porteuse, le cas échéant) et du directeur opérationnel de chaque campus ».
 */
public enum StrategicSeat {
    RECTOR("Recteur d'académie"),
    REGION_PRESIDENT("Président du conseil régional"),
    SECTOR_REPRESENTATIVE("Représentant des filières économiques"),
    SUPPORT_HEAD("Chef de l'établissement support ou représentant de la structure porteuse"),
    OPERATIONAL_DIRECTOR("Directeur opérationnel du campus");

    private final String label;

    StrategicSeat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The expected seats that no member holds, in the order of the sources. */
    public static List<StrategicSeat> missing(Collection<StrategicSeat> held) {
        return Arrays.stream(values()).filter(seat -> !held.contains(seat)).toList();
    }
}
