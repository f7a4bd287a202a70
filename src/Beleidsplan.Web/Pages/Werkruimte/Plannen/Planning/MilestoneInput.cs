using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beleidsplan.Web.Domain.Planning;
using Beleidsplan.Web.Reacting;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Planning;

/// <summary>
/// A milestone as its form posts it. Dates and the number of days come in as text, so a mistyped value
/// gets a Dutch message at its field instead of the model binder's English one.
/// </summary>
public class MilestoneInput
{
    [Display(Name = "Titel")]
    [Required(ErrorMessage = "Geef de mijlpaal een titel.")]
    [StringLength(Milestone.TitleMaxLength, ErrorMessage = "Een titel is hooguit {1} tekens.")]
    public string Title { get; set; } = "";

    [Display(Name = "Datum")]
    public string? DueOn { get; set; }

    [Display(Name = "Toelichting")]
    [StringLength(Milestone.DescriptionMaxLength, ErrorMessage = "Een toelichting is hooguit {1} tekens.")]
    public string? Description { get; set; }

    [Display(Name = "Herinnering (dagen vooraf)")]
    public string? ReminderDays { get; set; }

    [Display(Name = "Afgerond op")]
    public string? CompletedOn { get; set; }

    /// <summary>Made when the new-milestone form is opened: a second post of the same form finds the milestone the first made.</summary>
    public Guid? CreationKey { get; set; }

    [Display(Name = "Verantwoordelijken")]
    public List<string> ResponsibleIds { get; set; } = [];

    public static MilestoneInput From(Milestone milestone) => new()
    {
        Title = milestone.Title,
        DueOn = Iso(milestone.DueOn),
        Description = milestone.Description,
        ReminderDays = milestone.ReminderDaysBefore?.ToString(CultureInfo.InvariantCulture),
        CompletedOn = milestone.CompletedOn is { } done ? Iso(done) : null,
        ResponsibleIds = milestone.Responsibles.Select(r => r.UserId).Order(StringComparer.Ordinal).ToList(),
    };

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Checks the typed fields and that every responsible is one of <paramref name="members"/>.</summary>
    public void Validate(ModelStateDictionary state, IReadOnlyCollection<string> members)
    {
        // PostgreSQL refuses NUL, and other control characters only hide text: clean before checking.
        Title = ReactionInput.Clean(Title) ?? "";
        Description = ReactionInput.Clean(Description);
        if (Title.Length == 0 && state.GetFieldValidationState(Key(nameof(Title))) != ModelValidationState.Invalid)
        {
            state.AddModelError(Key(nameof(Title)), "Geef de mijlpaal een titel.");
        }

        if (string.IsNullOrWhiteSpace(DueOn))
        {
            state.AddModelError(Key(nameof(DueOn)), "Vul de datum van de mijlpaal in.");
        }
        else if (ParseDate(DueOn) is null)
        {
            state.AddModelError(Key(nameof(DueOn)), "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj.");
        }

        if (!string.IsNullOrWhiteSpace(CompletedOn) && ParseDate(CompletedOn) is null)
        {
            state.AddModelError(Key(nameof(CompletedOn)), "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj, of laat het veld leeg.");
        }

        if (!string.IsNullOrWhiteSpace(ReminderDays))
        {
            if (!int.TryParse(ReminderDays.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
            {
                state.AddModelError(Key(nameof(ReminderDays)), "Vul een aantal dagen in (een heel getal), of laat het veld leeg voor geen herinnering.");
            }
            else if (Milestone.ValidateReminderDays(days) is { } problem)
            {
                state.AddModelError(Key(nameof(ReminderDays)), problem);
            }
        }

        if (ResponsibleIds.Any(id => !members.Contains(id)))
        {
            state.AddModelError(Key(nameof(ResponsibleIds)), "Kies verantwoordelijken uit de leden van de eenheid van dit plan.");
        }
    }

    /// <summary>Copies the (validated) input onto the milestone; a new date means a new reminder.</summary>
    public void ApplyTo(Milestone milestone, DateOnly? completeOn)
    {
        milestone.Title = Title.Trim();
        milestone.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        milestone.Reschedule(ParseDate(DueOn)!.Value);
        milestone.ReminderDaysBefore = string.IsNullOrWhiteSpace(ReminderDays) ? null : int.Parse(ReminderDays.Trim(), CultureInfo.InvariantCulture);
        milestone.CompletedOn = ParseDate(CompletedOn) ?? completeOn;
        var chosen = ResponsibleIds.Distinct().ToList();
        milestone.Responsibles.RemoveAll(r => !chosen.Contains(r.UserId));
        milestone.Responsibles.AddRange(chosen.Where(id => milestone.Responsibles.All(r => r.UserId != id))
            .Select(id => new MilestoneResponsible { UserId = id }));
    }

    private static string Key(string field) => $"Input.{field}";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    public static DateOnly? ParseDate(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && day.Year is >= 2000 and <= 2100 ? day : null;
}
