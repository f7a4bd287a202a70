using System.Globalization;
using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Domain.Councils;

/// <summary>Where a municipality's council stands on the draft, against the deadline of the councils' round.</summary>
public enum CouncilStatus
{
    /// <summary>Heard by the deadline (or no deadline was set).</summary>
    Heard,

    /// <summary>Heard, but the decision came after the deadline; accepted all the same.</summary>
    HeardLate,
    Pending,

    /// <summary>Not heard, and the deadline has passed.</summary>
    Overdue,
}

/// <summary>The rules of registering a council's outcome, beside the hearing they apply to.</summary>
public static class CouncilTracking
{
    /// <summary>The outcome text becomes a reaction's words with a short heading, so it must leave room for that.</summary>
    public const int TextMaxLength = Reaction.TextMaxLength - 200;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static CouncilStatus StatusOn(this CouncilHearing hearing, DateOnly? deadline, DateOnly today) => hearing.Outcome is null
        ? deadline is { } due && today > due ? CouncilStatus.Overdue : CouncilStatus.Pending
        : hearing.IsLate(deadline) ? CouncilStatus.HeardLate : CouncilStatus.Heard;

    /// <summary>An outcome decided after the deadline day is late; it counts as heard all the same.</summary>
    public static bool IsLate(this CouncilHearing hearing, DateOnly? deadline) =>
        hearing.Outcome is not null && deadline is { } due && hearing.DecidedOn is { } decided && decided > due;

    /// <summary>Whether the outcome is heard in the councils' round as a reaction (wishes and objections, or a view).</summary>
    public static bool IsReaction(this CouncilOutcome outcome) => outcome switch
    {
        CouncilOutcome.NoWishesOrObjections => false,
        CouncilOutcome.WishesAndObjections or CouncilOutcome.View => true,
    };

    public static string ToDutch(this CouncilStatus status) => status switch
    {
        CouncilStatus.Heard => "Gehoord",
        CouncilStatus.HeardLate => "Te laat",
        CouncilStatus.Pending => "Nog niet gehoord",
        CouncilStatus.Overdue => "Termijn verstreken",
    };

    public static string ToCode(this CouncilStatus status) => status switch
    {
        CouncilStatus.Heard => "gehoord",
        CouncilStatus.HeardLate => "te-laat",
        CouncilStatus.Pending => "nog-niet-gehoord",
        CouncilStatus.Overdue => "termijn-verstreken",
    };

    /// <summary>
    /// The Dutch problems with a registration, by field name: meetings and the decision cannot come
    /// before the draft was sent; an outcome needs its decision date, and a reaction its text.
    /// </summary>
    public static Dictionary<string, string> Validate(DateOnly? sentOn, DateOnly? committee, DateOnly? council,
        CouncilOutcome? outcome, DateOnly? decidedOn, string? text)
    {
        var problems = new Dictionary<string, string>();
        if (sentOn is { } sent)
        {
            var day = sent.ToString("d MMMM yyyy", Dutch);
            Before(problems, "CommitteeMeetingOn", committee, sent, $"De commissievergadering ligt vóór de verzending van het ontwerp ({day}).");
            Before(problems, "CouncilMeetingOn", council, sent, $"De raadsvergadering ligt vóór de verzending van het ontwerp ({day}).");
            Before(problems, "DecidedOn", decidedOn, sent, $"De datum van het besluit ligt vóór de verzending van het ontwerp ({day}).");
        }

        if (outcome is not null && decidedOn is null)
        {
            problems.TryAdd("DecidedOn", "Vul de datum van het besluit van de raad in.");
        }

        if (outcome is null && (decidedOn is not null || !string.IsNullOrWhiteSpace(text)))
        {
            problems.TryAdd("Outcome", "Kies de uitkomst van het besluit van de raad.");
        }

        if (outcome is { } chosen && chosen.IsReaction() && string.IsNullOrWhiteSpace(text))
        {
            problems.TryAdd("OutcomeText", "Geef de tekst van de wensen en bedenkingen of de zienswijze: die wordt als reactie behandeld.");
        }

        if (text?.Length > TextMaxLength)
        {
            problems.TryAdd("OutcomeText", string.Create(Dutch, $"De tekst is te lang: ten hoogste {TextMaxLength:N0} tekens, u gebruikte er {text.Length:N0}."));
        }

        return problems;
    }

    private static void Before(Dictionary<string, string> problems, string field, DateOnly? day, DateOnly sent, string message)
    {
        if (day is { } d && d < sent)
        {
            problems[field] = message;
        }
    }
}
