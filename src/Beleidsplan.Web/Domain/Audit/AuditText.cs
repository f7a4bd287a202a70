namespace Beleidsplan.Web.Domain.Audit;

/// <summary>Dutch names for what the trail records, so the history reads as the forms do.</summary>
public static class AuditText
{
    private static readonly Dictionary<string, string> Items = new(StringComparer.Ordinal)
    {
        ["Plan"] = "Plan",
        ["Chapter"] = "Hoofdstuk",
        ["Priority"] = "Prioriteit",
        ["SubTheme"] = "Deelthema",
        ["Goal"] = "Doel",
        ["Activity"] = "Activiteit",
        ["PriorityRelation"] = "Relatie tussen prioriteiten",
        ["PriorityLvaLink"] = "Koppeling met LVA-thema",
        ["Membership"] = "Rol",
        ["User"] = "Gebruiker",
        ["Invitation"] = "Uitnodiging",
        ["Organisation"] = "Organisatie",
        ["StoredFile"] = "Bestand",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Title"] = "Titel",
        ["Body"] = "Tekst",
        ["Kind"] = "Soort",
        ["Position"] = "Volgorde",
        ["Number"] = "Nummer",
        ["Slug"] = "Adres",
        ["Text"] = "Tekst",
        ["Description"] = "Beschrijving",
        ["Introduction"] = "Inleiding",
        ["Meaning"] = "Wat verstaan we eronder?",
        ["Problem"] = "Wat is het probleem?",
        ["WhyPriority"] = "Waarom een regionale prioriteit?",
        ["Ambition"] = "Wat willen we bereiken?",
        ["Approach"] = "Wat gaan we doen?",
        ["Indicator"] = "Indicator",
        ["TargetValue"] = "Streefwaarde",
        ["TargetUnit"] = "Eenheid",
        ["TargetYear"] = "Jaar",
        ["SubThemeId"] = "Deelthema",
        ["PriorityId"] = "Prioriteit",
        ["PlanId"] = "Plan",
        ["ParentId"] = "Bovenliggend hoofdstuk",
        ["ShortName"] = "Korte naam",
        ["FirstYear"] = "Eerste jaar",
        ["LastYear"] = "Laatste jaar",
        ["LegalBasis"] = "Wettelijke grondslag",
        ["Summary"] = "Samenvatting",
        ["Status"] = "Status",
        ["Role"] = "Rol",
        ["IsActive"] = "Actief",
        ["Email"] = "E-mailadres",
        ["DisplayName"] = "Naam",
        ["TwoFactorEnabled"] = "Tweestapsverificatie",
        ["LockoutEnd"] = "Geblokkeerd tot",
        ["PasswordHash"] = "Wachtwoord",
        ["PoliceUnitId"] = "Eenheid",
        ["MunicipalityId"] = "Gemeente",
        ["OrganisationId"] = "Organisatie",
        ["UserId"] = "Gebruiker",
        ["Name"] = "Naam",
        ["Reden"] = "Reden",
        ["Adres"] = "Adres",
    };

    public static string Item(string itemType) => Items.GetValueOrDefault(itemType, itemType);

    public static string Field(string field) => Fields.GetValueOrDefault(field, field);

    public static IEnumerable<(string Code, string Name)> ItemTypes() => Items.Select(i => (i.Key, i.Value));
}
