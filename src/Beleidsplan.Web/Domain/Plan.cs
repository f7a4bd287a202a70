using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Domain;

/// <summary>A regional safety policy plan (IMV, RBP) of one police unit over a multi-year period.</summary>
public class Plan : IVersioned
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int PoliceUnitId { get; set; }
    public PoliceUnit? PoliceUnit { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string ShortName { get; set; }
    public int FirstYear { get; set; }
    public int LastYear { get; set; }

    /// <summary>Set when the plan was extended beyond <see cref="LastYear"/> by a decision.</summary>
    public int? ExtendedToYear { get; set; }
    public string? LegalBasis { get; set; }
    public PlanStatus Status { get; set; }
    public string? Summary { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public string? AdoptedBy { get; set; }

    /// <summary>When the adopted plan was offered to the Minister of Justice and Security.</summary>
    public DateOnly? OfferedToMinisterOn { get; set; }
    /// <summary>The formation the plan's strength distribution is based on (seed 002: the one of 1 October 2023).</summary>
    public int? StrengthFormationId { get; set; }
    public Strength.Formation? StrengthFormation { get; set; }
    public int? PreviousPlanId { get; set; }
    public Plan? PreviousPlan { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<Chapter> Chapters { get; set; } = [];
    public List<Priority> Priorities { get; set; } = [];
    public List<PriorityRelation> PriorityRelations { get; set; } = [];

    public int EffectiveLastYear => ExtendedToYear ?? LastYear;

    public string PeriodLabel => ExtendedToYear is { } extended
        ? $"{FirstYear}-{LastYear}, verlengd tot en met {extended}"
        : $"{FirstYear}-{LastYear}";

    /// <summary>Politiewet art. 39(1): at least once every four years, so a period spans at most four years.</summary>
    public static string? ValidatePeriod(int firstYear, int lastYear) =>
        lastYear < firstYear ? "Het laatste jaar ligt voor het eerste jaar."
        : lastYear - firstYear > 3 ? "Een beleidsplan beslaat ten hoogste vier jaar (Politiewet art. 39)."
        : null;

    public void Extend(int newLastYear)
    {
        if (newLastYear <= EffectiveLastYear)
        {
            throw new DomainException($"Verlengen kan alleen tot na {EffectiveLastYear}.");
        }

        ExtendedToYear = newLastYear;
        Status = PlanStatus.Extended;
    }

    /// <summary>A version of the plan was adopted and published: the plan carries that adoption, and a plan in the making is now adopted.</summary>
    public void RecordAdoption(DateOnly on, string by)
    {
        AdoptedOn = on;
        AdoptedBy = by;
        if (Status is PlanStatus.Preparation or PlanStatus.Consultation or PlanStatus.Draft)
        {
            Status = PlanStatus.Adopted;
        }
    }
}

public enum PlanStatus
{
    Preparation,

    /// <summary>Concept versions go out for reactions (seed 004: the 70% and 85% versions).</summary>
    Consultation,

    /// <summary>The draft plan (ontwerp) is with the mayors, who hear their councils.</summary>
    Draft,
    Adopted,
    InForce,
    Closed,
    Extended,
}

public static class PlanStatusText
{
    public static string ToDutch(this PlanStatus status) => status switch
    {
        PlanStatus.Preparation => "In voorbereiding",
        PlanStatus.Consultation => "Concept in consultatie",
        PlanStatus.Draft => "Ontwerp",
        PlanStatus.Adopted => "Vastgesteld",
        PlanStatus.InForce => "Van kracht",
        PlanStatus.Closed => "Afgesloten",
        PlanStatus.Extended => "Verlengd",
    };

    /// <summary>The open-data value: stable, lowercase Dutch.</summary>
    public static string ToCode(this PlanStatus status) => status switch
    {
        PlanStatus.Preparation => "voorbereiding",
        PlanStatus.Consultation => "concept",
        PlanStatus.Draft => "ontwerp",
        PlanStatus.Adopted => "vastgesteld",
        PlanStatus.InForce => "van-kracht",
        PlanStatus.Closed => "afgesloten",
        PlanStatus.Extended => "verlengd",
    };
}

public class DomainException(string message) : Exception(message);
