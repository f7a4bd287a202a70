using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Domain.Councils;

/// <summary>
/// How one municipality's council was heard on a plan's draft (Politiewet art. 38b, 39; seed 001:
/// Bloemendaal's council had no wishes or objections). One per plan and municipality: registering an
/// outcome again updates it.
/// </summary>
public class CouncilHearing : IPlanContent, IVersioned
{
    public const int OutcomeTextMaxLength = 20000;

    public int Id { get; set; }
    public int Version { get; set; }
    public int PlanId { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }

    /// <summary>The round in which the draft went to the councils; a view is handled there as a reaction.</summary>
    public int? RoundId { get; set; }
    public ConsultationRound? Round { get; set; }
    public DateOnly? DraftSentOn { get; set; }
    public DateOnly? CommitteeMeetingOn { get; set; }
    public DateOnly? CouncilMeetingOn { get; set; }
    public CouncilOutcome? Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? OutcomeText { get; set; }
    public Guid? DecisionDocumentId { get; set; }
    public Uploads.StoredFile? DecisionDocument { get; set; }

    /// <summary>The reaction in the council round that carries this council's wishes, objections or view.</summary>
    public int? ReactionId { get; set; }
    public Reaction? Reaction { get; set; }
    public string? RegisteredBy { get; set; }
    public DateTimeOffset? RegisteredAt { get; set; }

    public bool IsHeard => Outcome is not null;
}

public enum CouncilOutcome
{
    /// <summary>"Geen wensen en bedenkingen" (seed 001).</summary>
    NoWishesOrObjections,
    WishesAndObjections,

    /// <summary>A view (zienswijze).</summary>
    View,
}

public static class CouncilOutcomeText
{
    public static string ToDutch(this CouncilOutcome outcome) => outcome switch
    {
        CouncilOutcome.NoWishesOrObjections => "Geen wensen en bedenkingen",
        CouncilOutcome.WishesAndObjections => "Wensen en bedenkingen",
        CouncilOutcome.View => "Zienswijze",
    };

    public static string ToCode(this CouncilOutcome outcome) => outcome switch
    {
        CouncilOutcome.NoWishesOrObjections => "geen-wensen-en-bedenkingen",
        CouncilOutcome.WishesAndObjections => "wensen-en-bedenkingen",
        CouncilOutcome.View => "zienswijze",
    };
}
