using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Exports;

/// <summary>
/// The reactienota as a workbook: a sheet per round with every reaction integrally and its handling,
/// and a summary sheet counting them per part by kind and by handling. The register's export uses
/// the same round sheet, so what a redacteur filters is what the reactienota says.
/// </summary>
public static class ResponseReportWorkbook
{
    public const string SummarySheetName = "Samenvatting";

    public static readonly IReadOnlyList<string> Header =
    [
        "Nr", "Ontvangen op", "Respondent", "Organisatie", "Groep", "Onderdeel", "Passage", "Soort", "Reactie",
        "Te laat", "Na sluiting", "Ontvangen via", "Bijlage", "Afhandeling", "Toelichting, antwoord of reden",
        "Gewijzigd in versie", "Gewijzigd onderdeel", "Afgehandeld door", "Afgehandeld op",
    ];

    private static readonly IReadOnlyList<double> Widths = [6, 12, 24, 24, 18, 32, 40, 20, 80, 8, 10, 18, 20, 18, 60, 20, 32, 24, 18];

    public static byte[] Build(ResponseReport report) =>
        XlsxWriter.Write([.. report.Rounds.Select((round, i) => RoundSheet(report, round, SheetName(i, round.Round.Title))), SummarySheet(report)]);

    public static XlsxWriter.Sheet RoundSheet(ResponseReport report, ReportRound round, string name) =>
        new(name, Header, round.Reactions.Select(r => Row(report, r)), Widths);

    public static XlsxWriter.Sheet SummarySheet(ResponseReport report)
    {
        var header = new List<string> { "Ronde", "Versie", "Onderdeel" };
        header.AddRange(ReactionSummary.Kinds.Select(k => k.ToDutch()));
        header.AddRange(ReactionSummary.Statuses.Select(s => s.ToDutch()));
        header.AddRange(["Totaal", "Toelichting bij het sluiten"]);
        var rows = report.Rounds.SelectMany(round =>
        {
            var summary = round.Summary();
            return summary.Rows.Select(row => SummaryRow(round, row, ReactionParts.Label(row.Part), null))
                .Append(SummaryRow(round, summary.Total, "Alle onderdelen", round.Round.ClosingNote));
        });
        return new XlsxWriter.Sheet(SummarySheetName, header, rows,
            [30, 18, 40, .. ReactionSummary.Kinds.Select(_ => 12.0), .. ReactionSummary.Statuses.Select(_ => 14.0), 9, 60]);
    }

    /// <summary>Unique, at most 31 characters, without the characters Excel refuses in a sheet name.</summary>
    public static string SheetName(int index, string title)
    {
        var clean = new string([.. title.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : c)]).Trim('\'', ' ');
        var name = $"Ronde {index + 1} {clean}".Trim();
        return name.Length > 31 ? name[..31].TrimEnd() : name;
    }

    private static IReadOnlyList<object?> SummaryRow(ReportRound round, SummaryRow row, string part, string? note) =>
        [round.Round.Title, round.Version.Label, part, .. row.ByKind.Cast<object?>(), .. row.ByStatus.Cast<object?>(), row.Total, note];

    private static IReadOnlyList<object?> Row(ResponseReport report, NumberedReaction numbered)
    {
        var r = numbered.Reaction;
        var changedIn = report.VersionOf(r);
        return
        [
            numbered.Number, r.ReceivedOn, r.RespondentName, r.OrganisationName, r.Group?.ToDutch(), ReactionParts.Label(r.Part), r.Passage,
            r.Kind.ToDutch(), r.Text, r.IsLate ? "ja" : "nee", r.AfterClosing ? "ja" : "nee", r.Source.ToDutch(), r.Attachment?.Name,
            r.Handling.ToDutch(), r.HandlingNote, changedIn?.Label, r.ChangedPart is { } part ? ReactionParts.Label(part) : null,
            r.HandledBy, r.HandledAt?.ToAmsterdam(),
        ];
    }
}
