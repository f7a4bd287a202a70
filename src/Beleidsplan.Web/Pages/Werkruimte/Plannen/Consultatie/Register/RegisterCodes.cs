using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>The Dutch words kinds and handlings go by in the register's addresses (?soort=vraag&amp;status=open).</summary>
public static class RegisterCodes
{
    /// <summary>The status filter for reactions that have no handling yet.</summary>
    public const string Unhandled = "open";

    public static string ToCode(this ReactionKind kind) => kind switch
    {
        ReactionKind.Comment => "opmerking",
        ReactionKind.Question => "vraag",
        ReactionKind.ProposedChange => "wijzigingsvoorstel",
        ReactionKind.Agreement => "instemming",
    };

    public static string ToCode(this HandlingStatus? status) => status is { } handled ? handled.ToCode() : Unhandled;

    public static string ToCode(this HandlingStatus status) => status switch
    {
        HandlingStatus.Processed => "verwerkt",
        HandlingStatus.PartlyProcessed => "deels-verwerkt",
        HandlingStatus.NotProcessed => "niet-verwerkt",
        HandlingStatus.Answered => "beantwoord",
        HandlingStatus.Noted => "voor-kennisgeving",
    };

    /// <summary>The CSS modifier of a status badge.</summary>
    public static string Badge(this HandlingStatus? status) => $"handling-badge handling-badge--{status.ToCode()}";
}
