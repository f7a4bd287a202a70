using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>The shape of eenheid.yaml (docs/content-format.md).</summary>
public class UnitFile
{
    [YamlMember(Alias = "slug")] public string? Slug { get; set; }
    [YamlMember(Alias = "naam")] public string? Name { get; set; }
    [YamlMember(Alias = "omschrijving")] public string? Description { get; set; }
    [YamlMember(Alias = "districten")] public List<DistrictEntry> Districts { get; set; } = [];
    [YamlMember(Alias = "organisaties")] public List<OrganisationEntry> Organisations { get; set; } = [];
    [YamlMember(Alias = "bestuursorganen")] public List<BodyEntry> Bodies { get; set; } = [];

    public class DistrictEntry
    {
        [YamlMember(Alias = "naam")] public string? Name { get; set; }
        [YamlMember(Alias = "afkorting")] public string? Abbreviation { get; set; }
        [YamlMember(Alias = "basisteams")] public List<string> BasicTeams { get; set; } = [];
    }

    public class OrganisationEntry
    {
        [YamlMember(Alias = "naam")] public string? Name { get; set; }
        [YamlMember(Alias = "soort")] public string? Kind { get; set; }
    }

    public class BodyEntry
    {
        [YamlMember(Alias = "slug")] public string? Slug { get; set; }
        [YamlMember(Alias = "naam")] public string? Name { get; set; }
        [YamlMember(Alias = "afkorting")] public string? Abbreviation { get; set; }
        [YamlMember(Alias = "soort")] public string? Kind { get; set; }
        [YamlMember(Alias = "opgericht")] public int? Established { get; set; }
        [YamlMember(Alias = "omschrijving")] public string? Description { get; set; }
        [YamlMember(Alias = "leden")] public List<MemberEntry> Members { get; set; } = [];
    }

    public class MemberEntry
    {
        [YamlMember(Alias = "functie")] public string? Function { get; set; }
        [YamlMember(Alias = "naam")] public string? PersonName { get; set; }
        [YamlMember(Alias = "rol")] public string? Role { get; set; }
        [YamlMember(Alias = "organisatie")] public string? Organisation { get; set; }
    }
}

public class LvaFile
{
    [YamlMember(Alias = "eersteJaar")] public int FirstYear { get; set; }
    [YamlMember(Alias = "laatsteJaar")] public int LastYear { get; set; }
    [YamlMember(Alias = "themas")] public List<ThemeEntry> Themes { get; set; } = [];

    public class ThemeEntry
    {
        [YamlMember(Alias = "slug")] public string? Slug { get; set; }
        [YamlMember(Alias = "naam")] public string? Name { get; set; }
    }
}
