using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Planning;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Exports;

/// <summary>
/// What the generated documents say about a plan, gathered once. Every fact is nullable where the data
/// may lack it: the documents then print a placeholder in square brackets instead of a guess.
/// </summary>
/// The plan is the content the councils are asked about (a frozen version, or the working copy when
/// there is none), with its unit; VersionLabel and VersionDate name that version. Date is the
/// document's own date: the letter's, or the day of the mayor's proposal.
public sealed record PlanDocumentFacts(
    Plan Plan,
    string? VersionLabel,
    DateOnly? VersionDate,
    string? RegionalBoard,
    string? ChairName,
    string? ChairFunction,
    DateOnly? AdoptionOn,
    string? AdoptionBy,
    DateOnly? ThemesFixedOn,
    string? ThemesFixedBy,
    IReadOnlyList<Milestone> Milestones,
    string? PublicAddress,
    DateOnly Date)
{
    /// <summary>The plan's summary as plain paragraphs (the proposal's "beoogd effect").</summary>
    public IReadOnlyList<string> SummaryParagraphs { get; init; } = [];

    public string UnitName => Plan.PoliceUnit?.Name ?? "[eenheid]";

    /// <summary>"IMV 2024-2027": how the seeds refer to a plan in running text.</summary>
    public string ShortTitle => $"{Plan.ShortName} {Plan.FirstYear}-{Plan.EffectiveLastYear}";

    public List<Priority> Priorities => [.. Plan.Priorities.OrderBy(p => p.Position)];

    public static string Day(DateOnly? day, string placeholder) =>
        day is { } d ? d.ToString("d MMMM yyyy", DutchTime.Culture) : $"[{placeholder}]";

    public static string Or(string? text, string placeholder) =>
        string.IsNullOrWhiteSpace(text) ? $"[{placeholder}]" : text.Trim();

    /// <summary>"Thema 1: Ondermijning", as seed 000 numbers the themes.</summary>
    public static string ThemeHeading(Priority priority) => $"Thema {priority.Number}: {priority.Title}";

    /// <summary>The version the documents describe, e.g. "95%-versie van 15 augustus 2023".</summary>
    public string? VersionText => VersionLabel is null ? null : $"{VersionLabel} van {Day(VersionDate, "datum")}";
}
