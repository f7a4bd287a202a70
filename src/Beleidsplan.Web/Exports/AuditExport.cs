using System.Text.Json;
using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Exports;

/// <summary>Audit entries as a workbook: one row per changed field, so Excel can filter on any of them.</summary>
public static class AuditExport
{
    public static IReadOnlyList<FieldChange> Changes(AuditEntry entry) =>
        entry.Changes is null ? [] : JsonSerializer.Deserialize<List<FieldChange>>(entry.Changes) ?? [];

    public static byte[] ToXlsx(IEnumerable<AuditEntry> entries, string sheetName)
    {
        var rows = entries.SelectMany(e => Changes(e).DefaultIfEmpty(new FieldChange("", null, null)).Select(c => (IReadOnlyList<object?>)
            [e.At.ToAmsterdam(), e.Actor, e.Action.ToDutch(), AuditText.Item(e.ItemType), e.ItemKey, e.ItemLabel, AuditText.Field(c.Field), c.Old, c.New]));
        return XlsxWriter.Write(new XlsxWriter.Sheet(sheetName,
            ["Moment", "Door", "Actie", "Soort", "Nummer", "Onderdeel", "Veld", "Oude waarde", "Nieuwe waarde"], rows,
            [18, 28, 14, 16, 9, 40, 24, 60, 60]));
    }
}
