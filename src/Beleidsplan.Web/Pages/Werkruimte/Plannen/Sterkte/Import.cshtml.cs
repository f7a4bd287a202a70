using System.Globalization;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Strength.Import;
using Beleidsplan.Web.Strength.Publication;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>
/// A redacteur imports a formation: pasted tables or a structured .xlsx/.csv. "Controleren" shows
/// the preview and stores nothing; "Importeren" reads the same source again from the form (no
/// server state between the two) and stores it all or nothing, once per preview key.
/// </summary>
[Access(Access.PlanEditor)]
[AcceptsUploads]
public class ImportModel(BeleidsplanDbContext db, UploadOptions uploads, TimeProvider clock, PublicCache cache) : PageModel
{
    public sealed class Koppeling
    {
        public string? Rij { get; set; }
        public string? Groep { get; set; }
    }

    public sealed class ImportInput
    {
        public string? Text { get; set; }
        public string? FileName { get; set; }

        /// <summary>A string, so a wrong date gets a Dutch message.</summary>
        public string? Peildatum { get; set; }
        public string Leidend { get; set; } = "totaal";
        public List<Koppeling> Koppelingen { get; set; } = [];
        public Guid ImportKey { get; set; }
    }

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();
    public string MaxText => uploads.MaxText;
    public ImportPreview? Preview { get; private set; }
    public DateOnly? Imported { get; private set; }

    public void OnGet(string? geimporteerd) =>
        Imported = DateOnly.TryParseExact(geimporteerd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public async Task<IActionResult> OnPostControlerenAsync()
    {
        if (await ReadFileAsync())
        {
            Input.ImportKey = Guid.NewGuid();
            await EvaluateAsync();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImporterenAsync()
    {
        if (Input.ImportKey == Guid.Empty)
        {
            ModelState.AddModelError("Input.Text", "Controleer de formatie eerst; daarna kunt u importeren.");
            return Page();
        }

        var (draft, date) = await EvaluateAsync();
        if (draft is null || date is null || ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var plan = await db.Plans.SingleAsync(p => p.Id == Scope.PlanId);
        var user = await db.Users.Where(u => u.Id == User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value).Select(u => u.DisplayName).SingleOrDefaultAsync();
        var source = new FormationStore.Source(Scope.UnitId, date.Value, Input.ImportKey,
            Input.FileName is { Length: > 0 } file ? $"Bestand '{file}'" : "Geplakte tekst", user is { Length: > 0 } ? user : User.Identity?.Name ?? "onbekend", clock.GetUtcNow());
        try
        {
            await FormationStore.SaveAsync(db, draft, source, plan, HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // A second confirm of the same preview raced the first: it was imported once, by the other.
            // Another import at the same date raced this one: nothing of this one was stored.
            if (!await db.Formations.AsNoTracking().AnyAsync(f => f.PoliceUnitId == Scope.UnitId && f.ImportKey == Input.ImportKey))
            {
                ModelState.AddModelError("Input.Text", $"Tegelijk is een andere formatie per {ImportDate.Text(date.Value)} opgeslagen; er is niets van deze import bewaard. Controleer opnieuw en importeer dan.");
                Input.ImportKey = Guid.Empty;
                return Page();
            }
        }

        // The formation is no plan content: the public pages of the unit's plans are evicted here.
        await cache.EvictUnitAsync(db, Scope.UnitId, HttpContext.RequestAborted);

        return Redirect(ImportUrls.Imported(Scope.Slug, date.Value));
    }

    /// <summary>Turns an uploaded file into the text the confirm form carries; false when the file is refused.</summary>
    private async Task<bool> ReadFileAsync()
    {
        if (Bestand is null || Bestand.Length == 0)
        {
            Input.FileName = Input.Text is { Length: > 0 } && StructuredFiles.IsStructured(Input.Text) ? Input.FileName : null;
            return true;
        }

        if (Bestand.Length > uploads.MaxBytes)
        {
            ModelState.AddModelError(nameof(Bestand), $"'{Bestand.FileName}' is groter dan {uploads.MaxText}. Kies een kleiner bestand.");
            return false;
        }

        Input.FileName = Path.GetFileName(Bestand.FileName);
        var extension = Path.GetExtension(Input.FileName).ToLowerInvariant();
        await using var stream = Bestand.OpenReadStream();
        if (extension == ".csv")
        {
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            Input.Text = await reader.ReadToEndAsync();
            return true;
        }

        if (extension != ".xlsx")
        {
            ModelState.AddModelError(nameof(Bestand), "Kies een .xlsx- of .csv-bestand in het gestructureerde formaat, of plak de tabellen.");
            return false;
        }

        try
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            var (rows, date) = StructuredFiles.ReadXlsx(copy);
            Input.Text = StructuredFiles.ToCsv(rows);
            Input.Peildatum ??= date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException)
        {
            ModelState.AddModelError(nameof(Bestand), $"'{Input.FileName}' is geen leesbaar .xlsx-bestand.");
            return false;
        }
    }

    private async Task<(FormationDraft? Draft, DateOnly? Date)> EvaluateAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError("Input.Text", "Plak de tabellen van de formatie of kies een bestand.");
            return (null, null);
        }

        var unit = await db.PoliceUnits.Include(u => u.Districts).ThenInclude(d => d.BasicTeams).SingleAsync(u => u.Id == Scope.UnitId);
        var mappings = Input.Koppelingen.Where(k => !string.IsNullOrWhiteSpace(k.Rij) && !string.IsNullOrWhiteSpace(k.Groep))
            .GroupBy(k => k.Rij!).ToDictionary(g => g.Key, g => g.First().Groep!);
        var options = new ImportOptions { TotalLeads = Input.Leidend != "categorieen", Mappings = mappings, UnitName = unit.Name };
        var draft = FormationReader.ReadText(Input.Text, options);
        UnitLinker.Link(draft, unit.Districts);
        var date = ImportDate.Resolve(draft, Input, ModelState);
        foreach (var row in draft.UnmatchedSummaryRows.Where(r => !Input.Koppelingen.Any(k => k.Rij == r)))
        {
            Input.Koppelingen.Add(new Koppeling { Rij = row });
        }

        foreach (var error in draft.Errors)
        {
            ModelState.AddModelError(Input.FileName is null ? "Input.Text" : nameof(Bestand), error.ToString());
        }

        // The form shows what was read (a file's text, the date from the tables), not what was posted.
        ModelState.SetModelValue("Input.Text", Input.Text, Input.Text);
        ModelState.SetModelValue("Input.FileName", Input.FileName, Input.FileName);
        ModelState.SetModelValue("Input.Peildatum", Input.Peildatum, Input.Peildatum);
        ModelState.SetModelValue("Input.ImportKey", Input.ImportKey.ToString(), Input.ImportKey.ToString());
        var replaces = date is { } d && await db.Formations.AnyAsync(f => f.PoliceUnitId == Scope.UnitId && f.ReferenceDate == d && f.ImportKey != Input.ImportKey);
        Preview = new ImportPreview(draft, date, replaces);
        return (draft.HasErrors ? null : draft, date);
    }
}
