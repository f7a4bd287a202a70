using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Domain;

/// <summary>A chapter in the plan's ordered tree; its kind says what the site shows beside its text.</summary>
public class Chapter : IPlanContent, IVersioned
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public int? ParentId { get; set; }
    public Chapter? Parent { get; set; }
    public int Position { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public ChapterKind Kind { get; set; }
    public string? Body { get; set; }
    public List<Chapter> Children { get; set; } = [];
}

public enum ChapterKind
{
    Text,

    /// <summary>Marks where the priorities stand in the reading order; shows their overview and relations.</summary>
    Priorities,

    /// <summary>Shows the unit's governing bodies and their members after the text.</summary>
    Governance,
    StrategicPrinciples,
    Trends,
    SelectionCriteria,
    StrengthDistribution,
    Appendix,
}

/// <summary>Everything that belongs to one plan, so a change can be traced to (and refresh) that plan.</summary>
public interface IPlanContent
{
    int PlanId { get; }
}

public static class ChapterKindText
{
    public static string ToDutch(this ChapterKind kind) => kind switch
    {
        ChapterKind.Text => "Tekst",
        ChapterKind.Priorities => "Plaats van de prioriteiten",
        ChapterKind.Governance => "Sturing en overleg (met de overleggen van de eenheid)",
        ChapterKind.StrategicPrinciples => "Strategische uitgangspunten",
        ChapterKind.Trends => "Trends en ontwikkelingen",
        ChapterKind.SelectionCriteria => "Selectiecriteria",
        ChapterKind.StrengthDistribution => "Verdeling van de politiesterkte",
        ChapterKind.Appendix => "Bijlage",
    };
}
