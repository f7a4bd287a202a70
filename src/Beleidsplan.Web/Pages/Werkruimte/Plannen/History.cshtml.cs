using System.Text.Json;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Exports;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>The plan's history from the audit trail, filterable by item, action, person and period; as .xlsx too.</summary>
[Access(Access.PlanHistory)]
public class HistoryModel(BeleidsplanDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "soort")]
    public string? ItemType { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public string? ItemKey { get; set; }

    [BindProperty(SupportsGet = true, Name = "actie")]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "wie")]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true, Name = "van")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PlanScope Scope => HttpContext.PlanScope();

    public List<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var query = Filtered();
        Total = await query.CountAsync();
        PageNumber = Math.Max(1, PageNumber);
        Entries = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var entries = await Filtered().ToListAsync();
        var rows = entries.SelectMany(e => Changes(e).DefaultIfEmpty(new FieldChange("", null, null)).Select(c => (IReadOnlyList<object?>)
            [e.At.ToAmsterdam(), e.Actor, e.Action.ToDutch(), AuditText.Item(e.ItemType), e.ItemKey, e.ItemLabel, AuditText.Field(c.Field), c.Old, c.New]));
        var bytes = XlsxWriter.Write(new XlsxWriter.Sheet("Geschiedenis",
            ["Moment", "Door", "Actie", "Soort", "Nummer", "Onderdeel", "Veld", "Oude waarde", "Nieuwe waarde"], rows,
            [18, 28, 14, 16, 9, 40, 24, 60, 60]));
        return File(bytes, XlsxWriter.ContentType, $"geschiedenis-{Scope.Slug}-{DateTime.UtcNow:yyyyMMdd}.xlsx");
    }

    public static IReadOnlyList<FieldChange> Changes(AuditEntry entry) =>
        entry.Changes is null ? [] : JsonSerializer.Deserialize<List<FieldChange>>(entry.Changes) ?? [];

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["soort"] = ItemType,
        ["id"] = ItemKey,
        ["actie"] = Action?.ToString(),
        ["wie"] = Who,
        ["van"] = From?.ToString("yyyy-MM-dd"),
        ["tot"] = To?.ToString("yyyy-MM-dd"),
        ["pagina"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public string ExportLink() => PageLink(1).Replace("pagina=1", "handler=Export", StringComparison.Ordinal);

    private IQueryable<AuditEntry> Filtered()
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => a.PlanId == Scope.PlanId);
        if (!string.IsNullOrWhiteSpace(ItemType))
        {
            query = query.Where(a => a.ItemType == ItemType);
        }

        if (!string.IsNullOrWhiteSpace(ItemKey))
        {
            query = query.Where(a => a.ItemKey == ItemKey);
        }

        if (Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(Who))
        {
            var pattern = "%" + Who.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(a => EF.Functions.Like(a.Actor.ToLower(), pattern, "\\"));
        }

        if (From is { } from)
        {
            var start = DutchTime.StartOfDayUtc(from);
            query = query.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = DutchTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        return query.OrderByDescending(a => a.Id);
    }
}
