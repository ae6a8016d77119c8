package dev.statusdocs.model;

import java.util.List;
import java.util.Optional;

/**
 * The vendors of unofficial codes and each code they use, in the order of the data file.
 *
 * @param present whether the project has a vendor data file; without one, unofficial pages are not held to it
 */
public record Vendors(List<Vendor> vendors, List<VendorCode> codes, boolean present) {
    /** A project without a vendor data file. */
    public static final Vendors NONE = new Vendors(List.of(), List.of(), false);

    public Vendors {
        vendors = List.copyOf(vendors);
        codes = List.copyOf(codes);
    }

    public Optional<Vendor> vendor(String id) {
        return vendors.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Every vendor's use of this number. */
    public List<VendorCode> uses(int code) {
        return codes.stream().filter(c -> c.code() == code).toList();
    }
}
