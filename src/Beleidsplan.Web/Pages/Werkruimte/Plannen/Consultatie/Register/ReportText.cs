using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

public static class ReportText
{
    /// <summary>What the handling's note is: the reason it was not processed, the answer, or an explanation.</summary>
    public static string NoteLabel(HandlingStatus? status) => status switch
    {
        HandlingStatus.NotProcessed => "Reden",
        HandlingStatus.Answered => "Antwoord",
        HandlingStatus.Processed or HandlingStatus.PartlyProcessed or HandlingStatus.Noted or null => "Toelichting",
    };
}
