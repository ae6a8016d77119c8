package dev.statusdocs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusdocs.model.Vendor;
import dev.statusdocs.model.VendorCode;
import dev.statusdocs.model.Vendors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A citation is a link to the RFC Editor, the Datatracker, a vendor's site, or a vendor row's documentation. */
class CitationLinksTest {
    private static final CitationLinks LINKS = CitationLinks.of(new Vendors(
            List.of(new Vendor("cloud", "Cloud", "https://www.cloud.example/")),
            List.of(new VendorCode(499, "cloud", "Token Required", "https://github.com/cloud/docs/blob/main/499.md",
                    LocalDate.of(2026, 1, 1), Map.of(), true, 1, 1)),
            true));

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5,  true
            https://datatracker.ietf.org/doc/html/draft-cohen-http-305-306-responses-00, true
            https://developers.cloud.example/errors/499/,                true
            https://cloud.example/,                                      true
            https://github.com/cloud/docs/blob/main/499.md#top,          true
            https://github.com/cloud/docs/blob/main/500.md,              false
            http://www.rfc-editor.org/rfc/rfc9110.html,                  false
            https://notrfc-editor.org/rfc9110,                           false
            https://example.com/rfc-editor.org,                          false
            404.md,                                                      false
            """)
    void onlySpecificationAndVendorAddressesOverHttpsAreCitations(String url, boolean cites) {
        assertEquals(cites, LINKS.cites(url));
    }
}
