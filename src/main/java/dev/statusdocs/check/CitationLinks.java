package dev.statusdocs.check;

import dev.statusdocs.model.Vendor;
import dev.statusdocs.model.VendorCode;
import dev.statusdocs.model.Vendors;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which link targets are citations: an https address on the RFC Editor's or the IETF Datatracker's site, on a
 * vendor's site (its {@code site} host or a subdomain of it, "www." dropped), or a vendor row's {@code docs} address.
 */
public record CitationLinks(Set<String> hosts, Set<String> documents) {
    private static final Set<String> SPEC_HOSTS = Set.of("rfc-editor.org", "datatracker.ietf.org");

    public CitationLinks {
        hosts = Set.copyOf(hosts);
        documents = Set.copyOf(documents);
    }

    public static CitationLinks of(Vendors vendors) {
        Set<String> hosts = new HashSet<>(SPEC_HOSTS);
        for (Vendor vendor : vendors.vendors()) {
            host(vendor.site()).ifPresent(host -> hosts.add(host.startsWith("www.") ? host.substring(4) : host));
        }
        Set<String> documents = new HashSet<>();
        for (VendorCode code : vendors.codes()) {
            withoutFragment(code.docs()).ifPresent(documents::add);
        }
        return new CitationLinks(hosts, documents);
    }

    /** Whether a link to {@code url} cites a specification or a vendor's documentation. */
    boolean cites(String url) {
        Optional<String> host = host(url);
        if (host.isEmpty()) {
            return false;
        }
        String name = host.get();
        return hosts.stream().anyMatch(h -> name.equals(h) || name.endsWith("." + h))
                || withoutFragment(url).filter(documents::contains).isPresent();
    }

    private static Optional<String> host(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> withoutFragment(String url) {
        int hash = url.indexOf('#');
        return host(url).map(h -> hash < 0 ? url : url.substring(0, hash));
    }
}
