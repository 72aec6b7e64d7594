package fr.passerelle.campus;

/**
 * How a reader reaches a campus: where it is, its website, whom to write to or call. Each part comes from the campus,
 * else from its support establishment; what neither gives, the reader asks the académie instead ({@link #academyName},
 * {@link #academyWebsite}).
 *
 * @param placeName    the establishment the address is of, or null when only the campus's commune is known
 * @param addressLine  street and number, or null
 * @param town         postcode and commune, or null when the campus has no commune
 * @param contactName  the operational director, or the support establishment when the contact is its own
 */
record HowToReach(String placeName, String addressLine, String town, String website, String contactName, String email,
                  String phone, String academyName, String academyWebsite) {

    public boolean hasAddress() {
        return addressLine != null || town != null;
    }

    public boolean hasContact() {
        return email != null || phone != null;
    }

    /** Whether something is missing that the académie is asked for instead. */
    public boolean incomplete() {
        return addressLine == null || website == null || !hasContact();
    }

    /** The phone number as a {@code tel:} link: digits and a leading +. */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
