using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;

/// <summary>
/// A round's settings as the forms post them (new round, the round page, the next round). Dates come
/// in as text, so a mistyped date gets a Dutch message at its field instead of the binder's English.
/// </summary>
public class RoundInput
{
    [Display(Name = "Titel")]
    [Required(ErrorMessage = "Geef de ronde een titel.")]
    [StringLength(ConsultationRound.TitleMaxLength, ErrorMessage = "Een titel is hooguit {1} tekens.")]
    public string Title { get; set; } = "";

    [Display(Name = "Inleiding voor wie reageert (optioneel)"), Markdown]
    [StringLength(ConsultationRound.IntroductionMaxLength, ErrorMessage = "De inleiding is te lang: hooguit 4.000 tekens.")]
    public string? Introduction { get; set; }

    public int? VersionId { get; set; }

    /// <summary>Made when the form is shown; the same form sent twice makes one round (see <see cref="RoundCreation"/>).</summary>
    public Guid? CreationKey { get; set; }

    public string? OpensOn { get; set; }

    public string? Deadline { get; set; }

    public static RoundInput From(ConsultationRound round) => new()
    {
        Title = round.Title,
        Introduction = round.Introduction,
        VersionId = round.PlanVersionId,
        OpensOn = Iso(round.OpensOn),
        Deadline = Iso(round.Deadline),
    };

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks the dates and, unless the version is fixed, that the version is one of <paramref name="versions"/>;
    /// problems go to the fields' ModelState keys. Returns the dates when everything is good.
    /// </summary>
    public (DateOnly OpensOn, DateOnly Deadline)? Validate(ModelStateDictionary state, IEnumerable<VersionChoice>? versions)
    {
        if (versions is not null && !versions.Any(v => v.Id == VersionId))
        {
            state.AddModelError(Key(nameof(VersionId)), "Kies een versie uit de lijst.");
        }

        var opens = ParseDate(OpensOn, "Vul de openingsdatum in.", Key(nameof(OpensOn)), state);
        var deadline = ParseDate(Deadline, "Vul de uiterste datum voor reacties in.", Key(nameof(Deadline)), state);
        if (opens is { } o && deadline is { } d && ConsultationRound.ValidateDates(o, d) is { } problem)
        {
            state.AddModelError(Key(nameof(Deadline)), problem);
        }

        return state.IsValid && opens is { } from && deadline is { } to ? (from, to) : null;
    }

    public void ApplyTo(ConsultationRound round, DateOnly opensOn, DateOnly deadline)
    {
        round.Title = Title.Trim();
        round.Introduction = string.IsNullOrWhiteSpace(Introduction) ? null : Introduction.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        round.OpensOn = opensOn;
        round.Deadline = deadline;
    }

    private static string Key(string field) => $"Input.{field}";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"];

    private static DateOnly? ParseDate(string? text, string missing, string key, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            state.AddModelError(key, missing);
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }

        state.AddModelError(key, "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj.");
        return null;
    }
}

/// <summary>A version a round can be about; without its (large) snapshot.</summary>
public sealed record VersionChoice(int Id, int Number, string Label, DateOnly Date)
{
    public string Text => $"{Label} (versie {Number}, {Date.ToString("d MMMM yyyy", DutchTime.Culture)})";

    public static Task<List<VersionChoice>> LoadAsync(BeleidsplanDbContext db, int planId) =>
        db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId).OrderBy(v => v.Number)
            .Select(v => new VersionChoice(v.Id, v.Number, v.Label, v.Date)).ToListAsync();

    public static List<SelectListItem> Items(IEnumerable<VersionChoice> versions) =>
        versions.Select(v => new SelectListItem(v.Text, v.Id.ToString(CultureInfo.InvariantCulture))).ToList();
}

/// <summary>What the shared round fields show: the input, the versions to choose from, or the fixed version's name.</summary>
public sealed record RoundFields(RoundInput Input, List<SelectListItem> Versions, string? FixedVersion, MarkdownField Introduction)
{
    public static RoundFields For(RoundInput input, IEnumerable<VersionChoice> versions, string? fixedVersion, ModelStateDictionary state)
    {
        var error = state.TryGetValue("Input.Introduction", out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
        return new RoundFields(input, VersionChoice.Items(versions), fixedVersion,
            new MarkdownField("Input.Introduction", "Input_Introduction", "Inleiding voor wie reageert (optioneel)", input.Introduction, error, null,
                ConsultationRound.IntroductionMaxLength));
    }
}
