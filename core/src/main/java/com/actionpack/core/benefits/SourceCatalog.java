package com.actionpack.core.benefits;

import static com.actionpack.core.benefits.BenefitPack.LAPS;
import static com.actionpack.core.benefits.BenefitPack.MAPS;
import static com.actionpack.core.benefits.BenefitType.CLOUD_SERVICE;
import static com.actionpack.core.benefits.BenefitType.NOT_STATED;
import static com.actionpack.core.benefits.BenefitType.ON_PREMISES;
import static com.actionpack.core.benefits.RedemptionKind.ACTIVATION;
import static com.actionpack.core.benefits.RedemptionKind.PRODUCT_KEY;
import static com.actionpack.core.benefits.RedemptionKind.RECURRING_CREDIT;
import static com.actionpack.core.benefits.RedemptionKind.SERVICE_UNITS;

import java.util.List;

/**
 * The MAPS and LAPS benefit tables exactly as the source document gives them (R18): names,
 * types, offer details and group headings as written, row for row. The source repeats the
 * heading "Data and AI" for its fourth group; that is kept, not renamed. The database's
 * catalog is loaded by a migration and tested equal to this list; tests in core also check
 * this list against the tables of docs/source/buy-or-renew-action-pack.md.
 *
 * <p>The last column of each row is not the source's: it is how the benefit is redeemed
 * (R18a), kept beside the published table, never in it. MAPS rows follow their type (keys for
 * on-premises software, activation for cloud services, the Azure credit recurring); LAPS rows
 * take the kind of the same product in MAPS (Azure credit, Visual Studio, Office 365 E3, SQL
 * Server, Windows Server Essentials and CALs, Dynamics 365), the Learning VHD is a key, and
 * Technical Journeys hours and Product Support Incidents are service units.
 */
public final class SourceCatalog {

    private static final List<CatalogBenefit> ROWS = List.of(
            b(MAPS, 1, 1, "Apps and infrastructure", "Azure AD Basic", CLOUD_SERVICE, "5", 5, ACTIVATION),
            b(MAPS, 1, 2, "Apps and infrastructure", "Microsoft Azure", CLOUD_SERVICE, "US$100 monthly credit", 0, RECURRING_CREDIT),
            b(MAPS, 1, 3, "Apps and infrastructure", "Microsoft Visual Studio Professional Subscription", CLOUD_SERVICE, "3", 3, ACTIVATION),
            b(MAPS, 1, 4, "Apps and infrastructure", "R Server for SUSE Linux", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 1, 5, "Apps and infrastructure", "R Server for Teradata DB", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 1, 6, "Apps and infrastructure", "System Center 2019 Client Management Suite", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 1, 7, "Apps and infrastructure", "System Center 2019 Standard", ON_PREMISES, "16", 16, PRODUCT_KEY),
            b(MAPS, 1, 8, "Apps and infrastructure", "System Center Configuration Manager (current branch)", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 1, 9, "Apps and infrastructure", "System Center Endpoint Protection (current branch)", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 1, 10, "Apps and infrastructure", "Windows Server 2019 CALs (not edition specific)", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 1, 11, "Apps and infrastructure", "Windows Server 2019 Essentials (Per Core)", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 1, 12, "Apps and infrastructure", "Windows Server 2019 Remote Desktop Services (RDS) CALs", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 1, 13, "Apps and infrastructure", "Windows Server 2019 Standard (Per Core)", ON_PREMISES, "16", 16, PRODUCT_KEY),
            b(MAPS, 1, 14, "Apps and infrastructure", "Windows Storage Server 2016 Workgroup", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 2, 15, "Business applications", "Microsoft Dynamics 365 – Customer Engagement", CLOUD_SERVICE, "5", 5, ACTIVATION),
            b(MAPS, 2, 16, "Business applications", "Microsoft Dynamics CRM Workgroup Server 2016", ON_PREMISES, "One server license provides access to five users", 1, PRODUCT_KEY),
            b(MAPS, 3, 17, "Data and AI", "Machine Learning Server for Hadoop", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 3, 18, "Data and AI", "Machine Learning Server for Linux", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 3, 19, "Data and AI", "Microsoft SQL Server 2019 Standard (per core)", ON_PREMISES, "2", 2, PRODUCT_KEY),
            b(MAPS, 4, 20, "Data and AI", "Enterprise Mobility Suite", CLOUD_SERVICE, "5", 5, ACTIVATION),
            b(MAPS, 4, 21, "Data and AI", "Microsoft Intune", CLOUD_SERVICE, "5", 5, ACTIVATION),
            b(MAPS, 4, 22, "Data and AI", "Microsoft Office 365 E3", CLOUD_SERVICE, "5", 5, ACTIVATION),
            b(MAPS, 4, 23, "Data and AI", "Advanced Threat Analytics Client Management License", ON_PREMISES, "5", 5, PRODUCT_KEY),
            b(MAPS, 4, 24, "Data and AI", "Microsoft Desktop Optimization Pack (MDOP) 2015", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 25, "Data and AI", "Microsoft Exchange Server 2019 Standard", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 4, 26, "Data and AI", "Microsoft Exchange Server 2019 Standard CALs", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 27, "Data and AI", "Microsoft Office Professional Plus 2019", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 28, "Data and AI", "Microsoft Project Professional 2019", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 4, 29, "Data and AI", "Microsoft SharePoint Server 2019 Enterprise", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 4, 30, "Data and AI", "Microsoft SharePoint Server 2019 Enterprise CALs (include Standard CALs)", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 31, "Data and AI", "Microsoft Skype for Business Server 2019", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 4, 32, "Data and AI", "Microsoft Skype for Business Server 2019 Standard CALs", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 33, "Data and AI", "Microsoft Visio Professional 2019", ON_PREMISES, "1", 1, PRODUCT_KEY),
            b(MAPS, 4, 34, "Data and AI", "Windows Server 2022 Enterprise (Current Branch or LTSC 2019)", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 35, "Data and AI", "Windows Server 2022 Professional (Current Branch or LTSC 2019)", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 36, "Data and AI", "Windows Embedded 8 Standard", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 37, "Data and AI", "Windows Embedded 8.1 Industry Enterprise", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 38, "Data and AI", "Windows Embedded 8.1 Industry Pro", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(MAPS, 4, 39, "Data and AI", "Windows Embedded POS Ready 7", ON_PREMISES, "10", 10, PRODUCT_KEY),
            b(LAPS, 0, 1, "", "Azure Credit (Monthly)", NOT_STATED, "$100", 0, RECURRING_CREDIT),
            b(LAPS, 0, 2, "", "Windows Server 2022 Enterprise -   Learning VHD", NOT_STATED, "100", 100, PRODUCT_KEY),
            b(LAPS, 0, 3, "", "Visual Studio Pro", NOT_STATED, "3", 3, ACTIVATION),
            b(LAPS, 0, 4, "", "Microsoft Office 365 (E3)   Seats", NOT_STATED, "5", 5, ACTIVATION),
            b(LAPS, 0, 5, "", "SQL Server 2019 Standard (Per Core)", NOT_STATED, "2", 2, PRODUCT_KEY),
            b(LAPS, 0, 6, "", "Windows Server 2019 Essentials (Per Core)", NOT_STATED, "1", 1, PRODUCT_KEY),
            b(LAPS, 0, 7, "", "Windows Server 2019 CALs", NOT_STATED, "10", 10, PRODUCT_KEY),
            b(LAPS, 0, 8, "", "Dynamics 365 – Customer Engagement", NOT_STATED, "5", 5, ACTIVATION),
            b(LAPS, 0, 9, "", "Services: Technical Journeys", NOT_STATED, "Five hours", 5, SERVICE_UNITS),
            b(LAPS, 0, 10, "", "Support: Product Support Incidents", NOT_STATED, "10", 10, SERVICE_UNITS));

    private SourceCatalog() {
    }

    public static List<CatalogBenefit> all() {
        return ROWS;
    }

    public static List<CatalogBenefit> of(BenefitPack pack) {
        return ROWS.stream().filter(b -> b.pack() == pack).toList();
    }

    private static CatalogBenefit b(
            BenefitPack pack, int group, int position, String category, String name, BenefitType type, String details, int quantity,
            RedemptionKind kind) {
        return new CatalogBenefit(String.format("%s-%02d", pack, position), pack, group, position, category, name, type, details,
                quantity, kind);
    }
}
