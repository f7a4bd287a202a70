using Beleidsplan.Web.Domain.Audit;

namespace Beleidsplan.Web.Domain.Strength;

/// <summary>
/// A known change to the formation in the plan's period (seed 002: the 55 FTE of Motie Hermans split
/// over teams, the 10 FTE Van Ginkel for the operational centre): where, which function and pay scale,
/// how many FTE, why, and the decision it comes from.
/// </summary>
public class PlannedStrengthChange : IPlanContent, IVersioned
{
    public const int PathMaxLength = 1000;
    public const int FunctionMaxLength = 200;
    public const int ReasonMaxLength = 2000;
    public const int DecisionMaxLength = 300;

    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public int Position { get; set; }

    /// <summary>The part it applies to, by the names from the unit down (<see cref="FormationTree.PathOf"/>). A part not yet in the formation is a new part under the one before it.</summary>
    public required string NodePath { get; set; }
    public string? Function { get; set; }

    /// <summary>The pay scale (schaalniveau), e.g. 8 for "Senior GGP Wijkagent"; null when the source does not give it.</summary>
    public int? PayScale { get; set; }

    /// <summary>The formation category the FTE count in: aspirant, wijkagent or overig.</summary>
    public FteColumn Category { get; set; }

    /// <summary>Positive for an increase, negative for a decrease; never zero.</summary>
    public decimal Fte { get; set; }

    /// <summary>When it takes effect; null when only "in the plan's period" is known, which counts from the period's end.</summary>
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>Seed 002 marks some shares as a provisional allocation awaiting a decision.</summary>
    public bool Provisional { get; set; }
    public required string Reason { get; set; }

    /// <summary>The decision it comes from, e.g. "Motie Hermans; verdeling besproken in de V10 van 28 september 2023".</summary>
    public required string Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }

    /// <summary>Made when the new-change form is opened: a second post of the same form finds the change the first made.</summary>
    public Guid? CreationKey { get; set; }

    /// <summary>Whether the change counts in the projected formation at <paramref name="date"/>; an undated change counts from <paramref name="periodEnd"/>.</summary>
    public bool IsEffectiveBy(DateOnly date, DateOnly periodEnd) => (EffectiveOn ?? periodEnd) <= date;

    public static string? ValidateFte(decimal fte) =>
        fte == 0m ? "Een wijziging van 0 fte verandert niets; vul een aantal in (negatief voor een vermindering)."
        : Math.Abs(fte) > 10_000m ? "Meer dan 10.000 fte in één wijziging is niet mogelijk."
        : decimal.Round(fte, 2) != fte ? "Geef de fte met hooguit twee decimalen."
        : null;
}
