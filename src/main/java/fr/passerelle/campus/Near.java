package fr.passerelle.campus;

/**
 * "Within {@code kilometres} of a place": the place as the reader typed it, the commune it names and that commune's
 * centre.
 */
record Near(String typed, String label, double latitude, double longitude, int kilometres) {

    static final int DEFAULT_KILOMETRES = 30;
    static final int MAX_KILOMETRES = 1000;
    /** The distances the search page offers; any whole number of kilometres up to {@link #MAX_KILOMETRES} is accepted. */
    static final java.util.List<Integer> CHOICES = java.util.List.of(5, 10, 20, 30, 50, 100, 200);
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** The great-circle distance from the place to a point, in kilometres (haversine). */
    double kilometresTo(double lat, double lon) {
        double dLat = Math.toRadians(lat - latitude);
        double dLon = Math.toRadians(lon - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
