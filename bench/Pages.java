import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times pages of a running platform as one logged-in reader, one request at a time: p50, p95, max and throughput per
 * page, after a warm-up. No dependency beyond the JDK: {@code java bench/Pages.java --base=http://localhost:8080
 * --user=admin --password=demo --requests=25 URL-or-@file…}. A path may carry {@code {campus}}: each request then takes
 * the next id of {@code --campuses=file} (one per line), so that every campus is asked once in turn. A path prefixed with
 * {@code htmx:} is asked as htmx asks it while one types in a search: only the part of the page it swaps.
 */
public class Pages {

    /** A path so prefixed is asked as htmx asks it when one types in a search ({@code HX-Request}: the part of the page it swaps). */
    static final String HTMX = "htmx:";

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:8080";
        String user = null;
        String password = "demo";
        int requests = 25;
        int warmUp = 3;
        List<String> campuses = List.of();
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--base=")) {
                base = arg.substring(7);
            } else if (arg.startsWith("--user=")) {
                user = arg.substring(7);
            } else if (arg.startsWith("--password=")) {
                password = arg.substring(11);
            } else if (arg.startsWith("--requests=")) {
                requests = Integer.parseInt(arg.substring(11));
            } else if (arg.startsWith("--warm-up=")) {
                warmUp = Integer.parseInt(arg.substring(10));
            } else if (arg.startsWith("--campuses=")) {
                campuses = Files.readAllLines(Path.of(arg.substring(11))).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            } else if (arg.startsWith("@")) {
                Files.readAllLines(Path.of(arg.substring(1))).stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                        .forEach(paths::add);
            } else {
                paths.add(arg);
            }
        }
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (user != null) {
            login(client, base, user, password);
        }
        System.out.printf("%-70s %8s %8s %8s %8s %8s%n", "page (" + (user == null ? "anonymous" : user) + ")", "status", "p50 ms", "p95 ms",
                "max ms", "req/s");
        int next = 0;
        for (String path : paths) {
            double[] millis = new double[requests];
            int status = 0;
            long size = 0;
            for (int i = -warmUp; i < requests; i++) {
                boolean htmx = path.startsWith(HTMX);
                String target = htmx ? path.substring(HTMX.length()) : path;
                String url = base + (target.contains("{campus}") ? target.replace("{campus}", campuses.get(next++ % campuses.size())) : target);
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
                if (htmx) {
                    request.header("HX-Request", "true");
                }
                long started = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                double elapsed = (System.nanoTime() - started) / 1e6;
                status = response.statusCode();
                size = response.body().length;
                if (i >= 0) {
                    millis[i] = elapsed;
                }
            }
            Arrays.sort(millis);
            double total = Arrays.stream(millis).sum();
            System.out.printf("%-70s %8d %8.1f %8.1f %8.1f %8.1f   %,d bytes%n", path.length() > 70 ? path.substring(0, 69) + "…" : path, status,
                    percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1], requests * 1000 / total, size);
        }
    }

    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    static void login(HttpClient client, String base, String user, String password) throws IOException, InterruptedException {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + base + "/connexion");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("erreur") || location.contains("error")) {
            throw new IllegalStateException("Login of " + user + " refused: " + response.statusCode() + " " + location);
        }
    }
}
