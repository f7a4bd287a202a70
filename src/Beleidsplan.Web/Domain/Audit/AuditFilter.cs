using System.Globalization;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Domain.Audit;

/// <summary>The filters every view of the audit trail offers, read from the query string.</summary>
public sealed class AuditFilter
{
    public const int PageSize = 100;

    /// <summary>Far beyond any real trail, and small enough that the offset cannot overflow.</summary>
    public const int MaxPage = 1_000_000;

    public string? ItemType { get; set; }

    public string? ItemKey { get; set; }

    public AuditAction? Action { get; set; }

    public string? Who { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>Reads the filter from the query string; a value that does not parse is ignored.</summary>
    public static AuditFilter Read(IQueryCollection query)
    {
        // Control characters never get here: ControlCharacterGuard answers such a query with 400.
        string? Text(string key) => query[key].FirstOrDefault() is { Length: > 0 and <= 200 } value ? value : null;
        DateOnly? Date(string key) => DateOnly.TryParseExact(Text(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year is >= 2000 and <= 2100 ? d : null;
        return new AuditFilter
        {
            ItemType = Text("soort"),
            ItemKey = Text("id"),
            Action = Enum.TryParse<AuditAction>(Text("actie"), out var action) && Enum.IsDefined(action) ? action : null,
            Who = Text("wie"),
            From = Date("van"),
            To = Date("tot"),
            Page = int.TryParse(Text("pagina"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is > 0 and <= MaxPage ? page : 1,
        };
    }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query)
    {
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

    /// <summary>The query string for another page of the same filter, or for a handler (the export).</summary>
    public string Link(int page, string? handler = null) => QueryString.Create(new Dictionary<string, string?>
    {
        ["soort"] = ItemType,
        ["id"] = ItemKey,
        ["actie"] = Action?.ToString(),
        ["wie"] = Who,
        ["van"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["tot"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["pagina"] = handler is null ? page.ToString(CultureInfo.InvariantCulture) : null,
        ["handler"] = handler,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
