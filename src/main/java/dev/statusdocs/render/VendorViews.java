package dev.statusdocs.render;

import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Registry;
import dev.statusdocs.model.Vendor;
import dev.statusdocs.model.VendorCode;
import dev.statusdocs.model.Vendors;
import dev.statusdocs.render.Views.VendorCodeItem;
import dev.statusdocs.render.Views.VendorFacts;
import dev.statusdocs.render.Views.VendorGroup;
import dev.statusdocs.render.Views.VendorUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The views of the vendor data: a code page's citations and other uses, the index's list by vendor. */
final class VendorViews {
    /** Where a registered code's page lists the other uses of its number. */
    static final String OTHER_USES_ID = "other-uses";

    private final Vendors vendors;
    private final Registry registry;

    VendorViews(Vendors vendors, Registry registry) {
        this.vendors = vendors;
        this.registry = registry;
    }

    VendorFacts facts(Lang lang, int code) {
        List<VendorUse> uses = vendors.uses(code).stream().map(use -> use(lang, use)).toList();
        return registry.contains(code) ? new VendorFacts(List.of(), uses) : new VendorFacts(uses, List.of());
    }

    /** The vendors that document this unregistered code, by name; none for a registered code. */
    List<String> names(int code) {
        if (registry.contains(code)) {
            return List.of();
        }
        return vendors.uses(code).stream().map(use -> vendorName(use.vendor())).toList();
    }

    /** Every vendor with its codes in numeric order, vendors in the order of the data file. */
    List<VendorGroup> groups() {
        List<VendorGroup> groups = new ArrayList<>();
        for (Vendor vendor : vendors.vendors()) {
            List<VendorCodeItem> codes = vendors.codes().stream()
                    .filter(use -> use.vendor().equals(vendor.id()))
                    .sorted(Comparator.comparingInt(VendorCode::code))
                    .map(this::item)
                    .toList();
            if (!codes.isEmpty()) {
                groups.add(new VendorGroup(vendor.id(), vendor.name(), vendor.site(), codes));
            }
        }
        return groups;
    }

    private VendorCodeItem item(VendorCode use) {
        boolean reuse = registry.contains(use.code());
        String href = use.code() + ".html" + (reuse ? "#" + OTHER_USES_ID : "");
        return new VendorCodeItem(use.code(), href, use.name(), reuse);
    }

    private VendorUse use(Lang lang, VendorCode use) {
        Vendor vendor = vendors.vendor(use.vendor()).orElseThrow();
        return new VendorUse(vendor.id(), vendor.name(), vendor.site(), use.name(), use.docs(),
                use.checked().toString(), use.note().getOrDefault(lang, use.note().getOrDefault(lang.other(), "")),
                use.namesCode());
    }

    private String vendorName(String id) {
        return vendors.vendor(id).map(Vendor::name).orElse(id);
    }
}
