using System.Text;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Strength.Publication;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>
/// Imports the inhabitants of the unit's municipalities from a CSV (CBS code, inhabitants, reference
/// date) for the wijkagent norm. All or nothing: one bad row and nothing is stored.
/// </summary>
[Access(Access.PlanEditor)]
[AcceptsUploads]
public class InhabitantsModel(BeleidsplanDbContext db, UploadOptions options, PublicCache cache) : PageModel
{
    public sealed record Row(string CbsCode, string Name, string? BasicTeam, int? OldInhabitants, DateOnly? OldDate, int? Inhabitants, DateOnly? Date, string? Note);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public DateOnly? ReferenceDate { get; set; }

    public PlanScope Scope { get; private set; } = null!;

    public string MaxText => options.MaxText;

    public string? Message { get; private set; }

    public bool Imported { get; private set; }

    public List<Row> Rows { get; private set; } = [];

    public List<string> Errors { get; private set; } = [];

    public async Task OnGetAsync() => Rows = (await LoadAsync()).Select(m => Current(m, null)).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        var municipalities = await LoadAsync();
        Rows = municipalities.Select(m => Current(m, null)).ToList();
        if (ModelState.ContainsKey(nameof(ReferenceDate)) && ModelState[nameof(ReferenceDate)]!.Errors.Count > 0)
        {
            ModelState.Remove(nameof(ReferenceDate));
            ModelState.AddModelError(nameof(ReferenceDate), "Vul een geldige datum in, bijvoorbeeld 2024-01-01.");
            return Page();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Kies een CSV-bestand.");
            return Page();
        }

        if (Upload.Length > options.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"'{Upload.FileName}' is groter dan {options.MaxText}. Kies een kleiner bestand.");
            return Page();
        }

        string text;
        using (var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
            }
            catch (DecoderFallbackException)
            {
                ModelState.AddModelError(nameof(Upload), $"'{Upload.FileName}' is geen UTF-8-tekst; sla het op als CSV (UTF-8).");
                return Page();
            }
        }

        var byCode = municipalities.ToDictionary(m => m.CbsCode, StringComparer.OrdinalIgnoreCase);
        var reading = InhabitantsCsv.Read(text, byCode.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), ReferenceDate);
        if (reading.Errors.Count > 0)
        {
            Errors = [.. reading.Errors];
            ModelState.AddModelError(nameof(Upload), $"Niets ingelezen: {reading.Errors.Count} {(reading.Errors.Count == 1 ? "fout" : "fouten")} in '{Upload.FileName}'.");
            return Page();
        }

        var read = reading.Rows.ToDictionary(r => r.CbsCode, StringComparer.OrdinalIgnoreCase);
        Rows = municipalities.Select(m => Current(m, read.GetValueOrDefault(m.CbsCode))).ToList();
        foreach (var row in reading.Rows.Where(r => r.Inhabitants is not null))
        {
            var municipality = byCode[row.CbsCode];
            municipality.Inhabitants = row.Inhabitants;
            municipality.InhabitantsReferenceDate = row.ReferenceDate;
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await cache.EvictUnitAsync(db, Scope.UnitId, HttpContext.RequestAborted);
        Imported = true;
        Message = $"{reading.Rows.Count(r => r.Inhabitants is not null)} inwonertallen ingelezen uit '{Upload.FileName}'.";
        return Page();
    }

    private static Row Current(Municipality m, InhabitantsRow? read) => read switch
    {
        null => new(m.CbsCode, m.Name, m.BasicTeam?.Name, m.Inhabitants, m.InhabitantsReferenceDate, m.Inhabitants, m.InhabitantsReferenceDate,
            m.Inhabitants is null ? "Onbekend" : null),
        { Inhabitants: null } => new(m.CbsCode, m.Name, m.BasicTeam?.Name, m.Inhabitants, m.InhabitantsReferenceDate, m.Inhabitants, m.InhabitantsReferenceDate,
            m.Inhabitants is null ? "Geen aantal in het bestand: blijft onbekend" : "Geen aantal in het bestand: het vorige blijft staan"),
        _ => new(m.CbsCode, m.Name, m.BasicTeam?.Name, m.Inhabitants, m.InhabitantsReferenceDate, read.Inhabitants, read.ReferenceDate,
            m.Inhabitants == read.Inhabitants && m.InhabitantsReferenceDate == read.ReferenceDate ? "Ongewijzigd" : "Bijgewerkt"),
    };

    private async Task<List<Municipality>> LoadAsync()
    {
        Scope = HttpContext.PlanScope();
        var unitId = Scope.UnitId;
        return await db.Municipalities.Include(m => m.BasicTeam).Where(m => m.PoliceUnitId == unitId).OrderBy(m => m.Name).ToListAsync();
    }
}
