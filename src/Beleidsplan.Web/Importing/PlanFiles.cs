using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>The front matter of plan.md (docs/content-format.md).</summary>
public class PlanFile
{
    [YamlMember(Alias = "slug")] public string? Slug { get; set; }
    [YamlMember(Alias = "titel")] public string? Title { get; set; }
    [YamlMember(Alias = "korteNaam")] public string? ShortName { get; set; }
    [YamlMember(Alias = "eenheid")] public string? Unit { get; set; }
    [YamlMember(Alias = "eersteJaar")] public int? FirstYear { get; set; }
    [YamlMember(Alias = "laatsteJaar")] public int? LastYear { get; set; }
    [YamlMember(Alias = "verlengdTot")] public int? ExtendedTo { get; set; }
    [YamlMember(Alias = "status")] public string? Status { get; set; }
    [YamlMember(Alias = "wettelijkeGrondslag")] public string? LegalBasis { get; set; }
    [YamlMember(Alias = "vastgesteldOp")] public string? AdoptedOn { get; set; }
    [YamlMember(Alias = "vastgesteldDoor")] public string? AdoptedBy { get; set; }
    [YamlMember(Alias = "vorigPlan")] public string? PreviousPlan { get; set; }
    [YamlMember(Alias = "relaties")] public List<RelationEntry> Relations { get; set; } = [];

    public class RelationEntry
    {
        [YamlMember(Alias = "van")] public string? From { get; set; }
        [YamlMember(Alias = "naar")] public string? To { get; set; }
        [YamlMember(Alias = "toelichting")] public string? Description { get; set; }
    }
}

public class ChapterFile
{
    [YamlMember(Alias = "titel")] public string? Title { get; set; }
    [YamlMember(Alias = "slug")] public string? Slug { get; set; }
    [YamlMember(Alias = "soort")] public string? Kind { get; set; }
    [YamlMember(Alias = "ouder")] public string? Parent { get; set; }
}

/// <summary>The front matter of a priority or sub-theme file.</summary>
public class ThemeFile
{
    [YamlMember(Alias = "nummer")] public int? Number { get; set; }
    [YamlMember(Alias = "titel")] public string? Title { get; set; }
    [YamlMember(Alias = "slug")] public string? Slug { get; set; }
    [YamlMember(Alias = "lva")] public List<string> Lva { get; set; } = [];
    [YamlMember(Alias = "doelen")] public List<GoalEntry> Goals { get; set; } = [];
    [YamlMember(Alias = "activiteiten")] public List<ActivityEntry> Activities { get; set; } = [];

    public class GoalEntry
    {
        [YamlMember(Alias = "tekst")] public string? Text { get; set; }
        [YamlMember(Alias = "indicator")] public string? Indicator { get; set; }
        [YamlMember(Alias = "streefwaarde")] public decimal? TargetValue { get; set; }
        [YamlMember(Alias = "eenheid")] public string? Unit { get; set; }
        [YamlMember(Alias = "jaar")] public int? Year { get; set; }
    }

    public class ActivityEntry
    {
        [YamlMember(Alias = "soort")] public string? Kind { get; set; }
        [YamlMember(Alias = "titel")] public string? Title { get; set; }
        [YamlMember(Alias = "omschrijving")] public string? Description { get; set; }
    }
}
