using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>The summary's two tables; with <see cref="RegisterUrl"/> each count links to the reactions it counts.</summary>
public sealed record SummaryTables(ReactionSummary Summary, string? RegisterUrl, string IdPrefix = "samenvatting")
{
    public bool IsTotal(SummaryRow row) => ReferenceEquals(row, Summary.Total);

    public string? Link(SummaryRow row, string field, string code) =>
        RegisterUrl is null ? null
        : IsTotal(row) ? $"{RegisterUrl}?{field}={Uri.EscapeDataString(code)}"
        : $"{RegisterUrl}?deel={Uri.EscapeDataString(row.Part.Key)}&{field}={Uri.EscapeDataString(code)}";
}
