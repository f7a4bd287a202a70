using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Domain.Lifecycle;

/// <summary>
/// A decision in a plan's life: a step from one status to the next, or an adjustment during the
/// period (Politiewet art. 39; seed 004: the RBOP fixed the themes, then adopted the plan). Each one
/// names the body that took it, its date and, where there is one, the document and the version.
/// </summary>
public class PlanDecision : IPlanContent
{
    public const int BodyMaxLength = 300;
    public const int ReasonMaxLength = 4000;

    public int Id { get; set; }
    public int PlanId { get; set; }
    public DecisionKind Kind { get; set; }
    public DateOnly DecidedOn { get; set; }

    /// <summary>Who decided, e.g. "Regionaal Bestuurlijk Overleg Politie".</summary>
    public required string Body { get; set; }

    /// <summary>Why: required for an adjustment, and for adopting before every council was heard.</summary>
    public string? Reason { get; set; }
    public PlanStatus FromStatus { get; set; }
    public PlanStatus ToStatus { get; set; }

    /// <summary>The version this decision adopted or produced (adoption, adjustment, draft plan).</summary>
    public int? PlanVersionId { get; set; }
    public PlanVersion? PlanVersion { get; set; }

    /// <summary>The decision document (minutes, decision list, letter), stored through the upload service.</summary>
    public Guid? DocumentId { get; set; }
    public Uploads.StoredFile? Document { get; set; }

    /// <summary>For an extension: the new last year of the period.</summary>
    public int? ExtendedToYear { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

public enum DecisionKind
{
    /// <summary>The first concept goes out for reactions (seed 004: the 70% version).</summary>
    ConceptReleased,

    /// <summary>The draft plan (ontwerp, the 95% version) goes to the mayors to hear their councils.</summary>
    DraftPlanReleased,
    Adopted,
    EnteredIntoForce,

    /// <summary>A priority added, dropped or changed during the period; produces a new version.</summary>
    Adjusted,
    Extended,
    Closed,
}
