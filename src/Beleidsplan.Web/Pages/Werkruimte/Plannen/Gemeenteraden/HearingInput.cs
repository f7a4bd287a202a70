using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beleidsplan.Web.Domain.Councils;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>
/// A council's outcome as the tracker form posts it. Dates come in as text, so a mistyped date gets a
/// Dutch message at its field; every problem goes to the field it is about.
/// </summary>
public class HearingInput
{
    [Display(Name = "Ontwerp verstuurd op")]
    public string? DraftSentOn { get; set; }

    [Display(Name = "Commissievergadering")]
    public string? CommitteeMeetingOn { get; set; }

    [Display(Name = "Raadsvergadering")]
    public string? CouncilMeetingOn { get; set; }

    [Display(Name = "Uitkomst")]
    public string? Outcome { get; set; }

    [Display(Name = "Datum van het besluit")]
    public string? DecidedOn { get; set; }

    [Display(Name = "Tekst van het besluit, de wensen en bedenkingen of de zienswijze")]
    public string? OutcomeText { get; set; }

    public static HearingInput From(CouncilHearing hearing) => new()
    {
        DraftSentOn = Iso(hearing.DraftSentOn),
        CommitteeMeetingOn = Iso(hearing.CommitteeMeetingOn),
        CouncilMeetingOn = Iso(hearing.CouncilMeetingOn),
        Outcome = hearing.Outcome?.ToCode(),
        DecidedOn = Iso(hearing.DecidedOn),
        OutcomeText = hearing.OutcomeText,
    };

    /// <summary>
    /// Checks the input, with messages at the fields; true when it can be applied. Without a sending date
    /// the round's opening bounds the dates; a council's decision cannot lie after today.
    /// </summary>
    public bool Validate(ModelStateDictionary state, DateOnly? roundOpensOn, DateOnly today, out Parsed parsed)
    {
        var outcome = string.IsNullOrWhiteSpace(Outcome) ? null
            : Enum.GetValues<CouncilOutcome>().Where(o => o.ToCode() == Outcome).Cast<CouncilOutcome?>().FirstOrDefault();
        if (outcome is null && !string.IsNullOrWhiteSpace(Outcome))
        {
            state.AddModelError(Key(nameof(Outcome)), "Kies een van de uitkomsten.");
        }

        parsed = new Parsed(Date(DraftSentOn, nameof(DraftSentOn), state), Date(CommitteeMeetingOn, nameof(CommitteeMeetingOn), state),
            Date(CouncilMeetingOn, nameof(CouncilMeetingOn), state), outcome, Date(DecidedOn, nameof(DecidedOn), state),
            Reacting.ReactionInput.Clean(OutcomeText));
        if (parsed.DecidedOn is { } decided && decided > today)
        {
            state.AddModelError(Key(nameof(DecidedOn)), "De datum van het besluit ligt in de toekomst; registreer het besluit als de raad het genomen heeft.");
        }

        foreach (var (field, problem) in CouncilTracking.Validate(parsed.SentOn ?? roundOpensOn, parsed.Committee, parsed.Council, parsed.Outcome,
            parsed.DecidedOn, parsed.Text))
        {
            if (state.GetFieldValidationState(Key(field)) != ModelValidationState.Invalid)
            {
                state.AddModelError(Key(field), problem);
            }
        }

        return state.IsValid;
    }

    public sealed record Parsed(DateOnly? SentOn, DateOnly? Committee, DateOnly? Council, CouncilOutcome? Outcome, DateOnly? DecidedOn, string? Text)
    {
        public void ApplyTo(CouncilHearing hearing)
        {
            hearing.DraftSentOn = SentOn;
            hearing.CommitteeMeetingOn = Committee;
            hearing.CouncilMeetingOn = Council;
            hearing.Outcome = Outcome;
            hearing.DecidedOn = DecidedOn;
            hearing.OutcomeText = Text;
        }
    }

    private static string Key(string field) => $"Input.{field}";

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] Formats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    private static DateOnly? Date(string? text, string field, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }

        state.AddModelError(Key(field), "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj.");
        return null;
    }
}

/// <summary>A date field of the tracker form with its message, if any.</summary>
public sealed record DateField(string Field, string Label, string? Value);
