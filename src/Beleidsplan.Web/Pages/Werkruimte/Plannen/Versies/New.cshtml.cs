using System.Globalization;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;

/// <summary>
/// A redacteur freezes the working copy as a new version (e.g. the "70%-versie"). The number is the
/// plan's highest plus one; two redacteuren freezing at once both get a version, one number apart.
/// </summary>
[Access(Access.PlanEditor)]
public class NewVersionModel(BeleidsplanDbContext db, PlanQueries queries, TimeProvider clock, ILogger<NewVersionModel> log) : PageModel
{
    private const int Attempts = 5;

    public sealed class VersionInput
    {
        public string? Label { get; set; }

        /// <summary>A string, so a wrong date gets a Dutch message instead of the framework's English one.</summary>
        public string? Date { get; set; }

        public string? Note { get; set; }
    }

    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public PlanScope Scope => HttpContext.PlanScope();

    public int NextNumber { get; private set; }

    public async Task OnGetAsync()
    {
        Input.Date = Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        NextNumber = await NextNumberAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var date = Validate();
        if (!ModelState.IsValid || date is null)
        {
            NextNumber = await NextNumberAsync();
            return Page();
        }

        var plan = await queries.LoadWorkingCopyAsync(Scope.Slug) ?? throw new InvalidOperationException(Scope.Slug);
        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var frozenBy = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync() ?? User.Identity?.Name ?? "onbekend";
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var number = await NextNumberAsync();
            var version = PlanVersion.Freeze(plan, number, Input.Label!, date.Value, Input.Note, frozenBy, clock.GetUtcNow());
            db.PlanVersions.Add(version);
            try
            {
                await db.SaveChangesAsync();
                return Redirect(ConsultationUrls.Version(Scope.Slug, number) + "?vastgelegd=true");
            }
            catch (DbUpdateException)
            {
                if (!await NumberTakenAsync(number))
                {
                    throw;
                }

                // Someone else froze this number a moment ago (the unique index refused ours): take the next one.
                log.LogInformation("Versienummer {Number} van plan {PlanId} was net vergeven; opnieuw geprobeerd", number, Scope.PlanId);
            }
        }

        ModelState.AddModelError(string.Empty, "Op dit moment leggen anderen ook versies vast. Probeer het over een ogenblik opnieuw; er is niets opgeslagen.");
        NextNumber = await NextNumberAsync();
        return Page();
    }

    private DateOnly? Validate()
    {
        if (PlanVersion.ValidateLabel(Input.Label) is { } labelProblem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(VersionInput.Label)}", labelProblem);
        }

        if (Input.Note is { } note && note.Trim().Length > PlanVersion.NoteMaxLength)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(VersionInput.Note)}",
                $"De toelichting is te lang: ten hoogste {PlanVersion.NoteMaxLength.ToString("N0", DutchTime.Culture)} tekens.");
        }

        var date = VersionDates.Parse(Input.Date, out var dateProblem);
        if (dateProblem is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(VersionInput.Date)}", dateProblem);
        }

        return date;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().ToAmsterdam().DateTime);

    private async Task<int> NextNumberAsync() =>
        (await db.PlanVersions.Where(v => v.PlanId == Scope.PlanId).MaxAsync(v => (int?)v.Number) ?? 0) + 1;

    private async Task<bool> NumberTakenAsync(int number)
    {
        db.ChangeTracker.Clear();
        return await db.PlanVersions.AnyAsync(v => v.PlanId == Scope.PlanId && v.Number == number);
    }
}
