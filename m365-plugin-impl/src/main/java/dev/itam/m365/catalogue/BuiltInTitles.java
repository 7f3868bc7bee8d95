package dev.itam.m365.catalogue;

import java.util.Map;

/** Titles of common SKUs, so a fresh installation shows names rather than part numbers. */
final class BuiltInTitles {

    static final Map<String, String> BY_SKU_ID = Map.ofEntries(
            Map.entry("05e9a617-0261-4cee-bb44-138d3ef5d965", "Microsoft 365 E3"),
            Map.entry("6fd2c87f-b296-42f0-b197-1e91e994b900", "Office 365 E3"),
            Map.entry("06ebc4ee-1bb5-47dd-8120-11324bc54e06", "Microsoft 365 E5"),
            Map.entry("c7df2760-2c81-4ef7-b578-5b5392b571df", "Office 365 E5"),
            Map.entry("cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46", "Microsoft 365 Business Premium"),
            Map.entry("3b555118-da6a-4418-894f-7df1e2096870", "Microsoft 365 Business Basic"),
            Map.entry("f245ecc8-75af-4f8e-b61f-27d8114de5f3", "Microsoft 365 Business Standard"),
            Map.entry("c2273bd0-dff7-4215-9ef5-2c7bcfb06425", "Microsoft 365 Apps for enterprise"),
            Map.entry("18181a46-0d4e-45cd-891e-60aabd171b4e", "Office 365 E1"),
            Map.entry("4b585984-651b-448a-9e53-3b10f069cf7f", "Office 365 F3"),
            Map.entry("66b55226-6b4f-492c-910c-a3b7a3c9d993", "Microsoft 365 F3"),
            Map.entry("efccb6f7-5641-4e0e-bd10-b4976e1bf68e", "Enterprise Mobility + Security E3"),
            Map.entry("b05e124f-c7cc-45a0-a6aa-8cf78c946968", "Enterprise Mobility + Security E5"),
            Map.entry("078d2b04-f1bd-4111-bbd4-b4b1b354cef4", "Microsoft Entra ID P1"),
            Map.entry("84a661c4-e949-4bd2-a560-ed7766fcaf2b", "Microsoft Entra ID P2"),
            Map.entry("f8a1db68-be16-40ed-86d5-cb42ce701560", "Power BI Pro"),
            Map.entry("a403ebcc-fae0-4ca2-8c8c-7a907fd6c235", "Power BI (free)"),
            Map.entry("c5928f49-12ba-48f7-ada3-0d743a3601d5", "Visio Plan 2"),
            Map.entry("53818b1b-4a27-454b-8896-0dba576410e6", "Project Plan 3"),
            Map.entry("f30db892-07e9-47e9-837c-80727f46fd3d", "Power Automate Free"),
            Map.entry("4b9405b0-7788-4568-add1-99614e613b69", "Exchange Online (Plan 1)"),
            Map.entry("19ec0d23-8335-4cbd-94ac-6050e30712fa", "Exchange Online (Plan 2)"),
            Map.entry("e43b5b99-8dfb-405f-9987-dc307f34bcbd", "Microsoft Teams Phone Standard"),
            Map.entry("0c266dff-15dd-4b49-8397-2bb16070ed52", "Microsoft 365 Audio Conferencing"),
            Map.entry("710779e8-3d4a-4c88-adb9-386c958d1fdf", "Microsoft Teams Exploratory"),
            Map.entry("4ef96642-f096-40de-a3e9-d83fb2f90211", "Microsoft Defender for Office 365 (Plan 1)"),
            Map.entry("6a0f6da5-0b87-4190-a6ae-9bb5a2b9546a", "Windows Enterprise E3"),
            Map.entry("061f9ace-7d42-4136-88ac-31dc755f143f", "Microsoft Intune Plan 1"));

    private BuiltInTitles() {}
}
