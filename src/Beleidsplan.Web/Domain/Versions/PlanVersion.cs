namespace Beleidsplan.Web.Domain.Versions;

/// <summary>
/// A frozen copy of a plan's working copy (e.g. the "70%-versie"). Its content never changes after it
/// is made (the database refuses an update of <see cref="Snapshot"/>); only whether it is published
/// and whether it was adopted can change.
/// </summary>
public class PlanVersion : IPlanContent
{
    public const int LabelMaxLength = 100;
    public const int NoteMaxLength = 2000;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }

    /// <summary>1, 2, 3 ... within the plan, in the order the versions were made.</summary>
    public int Number { get; set; }
    public required string Label { get; set; }
    public DateOnly Date { get; set; }
    public string? Note { get; set; }

    /// <summary>The plan's content as <see cref="PlanSnapshot"/> JSON.</summary>
    public required string Snapshot { get; set; }
    public DateTimeOffset FrozenAt { get; set; }
    public string FrozenBy { get; set; } = "";

    public bool IsPublished { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public string? AdoptedBy { get; set; }

    public bool IsAdopted => AdoptedOn is not null;

    public VersionStage Stage => IsAdopted ? VersionStage.Adopted : VersionStage.Concept;

    public static string? ValidateLabel(string? label) =>
        string.IsNullOrWhiteSpace(label) ? "Geef de versie een naam, bijvoorbeeld ‘70%-versie’."
        : label.Trim().Length > LabelMaxLength ? $"De naam is te lang: ten hoogste {LabelMaxLength} tekens."
        : null;

    public static PlanVersion Freeze(Plan plan, int number, string label, DateOnly date, string? note, string frozenBy, DateTimeOffset now) => new()
    {
        PlanId = plan.Id,
        Number = number,
        Label = label.Trim(),
        Date = date,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        Snapshot = PlanSnapshot.Capture(plan).ToJson(),
        FrozenAt = now,
        FrozenBy = frozenBy,
    };

    public void MarkAdopted(DateOnly on, string by)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            throw new DomainException("Vermeld wie de versie heeft vastgesteld, bijvoorbeeld het RBOP.");
        }

        AdoptedOn = on;
        AdoptedBy = by.Trim();
    }

    public PlanSnapshot Content() => PlanSnapshot.FromJson(Snapshot);
}

/// <summary>How a published version presents itself: a concept carries a banner, an adopted version its date.</summary>
public enum VersionStage
{
    Concept,
    Adopted,
}

public static class VersionStageText
{
    public static string ToDutch(this VersionStage stage) => stage switch
    {
        VersionStage.Concept => "Concept",
        VersionStage.Adopted => "Vastgesteld",
    };

    public static string ToCode(this VersionStage stage) => stage switch
    {
        VersionStage.Concept => "concept",
        VersionStage.Adopted => "vastgesteld",
    };
}
