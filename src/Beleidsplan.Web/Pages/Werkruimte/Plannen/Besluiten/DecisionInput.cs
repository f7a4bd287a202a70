using Beleidsplan.Web.Reacting;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Besluiten;

/// <summary>The decision form; dates and years are strings so a wrong one gets a Dutch message.</summary>
public sealed class DecisionInput
{
    public const string DefaultBody = "Regionaal Bestuurlijk Overleg Politie";

    public string? DecidedOn { get; set; }

    public string? Body { get; set; }

    public string? Reason { get; set; }

    public int? VersionNumber { get; set; }

    public string? NewVersionLabel { get; set; }

    public string? ExtendedToYear { get; set; }

    /// <summary>The plan's version when the form was opened: a second post of the same form is refused.</summary>
    public int PlanVersion { get; set; }

    public IFormFile? Document { get; set; }

    /// <summary>PostgreSQL refuses NUL, and other control characters only hide text: the texts are cleaned before they are checked.</summary>
    public void Clean()
    {
        Body = ReactionInput.Clean(Body);
        Reason = ReactionInput.Clean(Reason);
        NewVersionLabel = ReactionInput.Clean(NewVersionLabel);
    }
}
