using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Beleidsplan.Web.Strength.Publication;

/// <summary>One municipality's figure as read: null inhabitants when the file leaves the count empty.</summary>
public sealed record InhabitantsRow(int Line, string CbsCode, int? Inhabitants, DateOnly? ReferenceDate);

public sealed record InhabitantsReading(IReadOnlyList<InhabitantsRow> Rows, IReadOnlyList<string> Errors);

/// <summary>
/// Reads a CSV of CBS codes and inhabitants (CBS StatLine exports name the code column "RegioS"; our
/// own data file "cbs_code"). Every error is collected with its line, so the user fixes the file once.
/// </summary>
public static class InhabitantsCsv
{
    private static readonly string[] CodeColumns = ["cbs_code", "gemeentecode", "RegioS"];
    private static readonly string[] CountColumns = ["inwoners"];
    private static readonly string[] DateColumns = ["peildatum", "inwoners_peildatum"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "yyyyMMdd"];

    public static InhabitantsReading Read(string text, ISet<string> knownCodes, DateOnly? formDate)
    {
        var errors = new List<string>();
        var rows = new List<InhabitantsRow>();
        text = text.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') ? ";" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null };
        using var csv = new CsvReader(new StringReader(text), config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            return new([], ["Het bestand is leeg."]);
        }

        var code = Column(header, CodeColumns);
        var count = Column(header, CountColumns);
        var date = Column(header, DateColumns);
        if (code is null || count is null)
        {
            return new([], [$"Regel 1: de kolommen {(code is null ? "‘cbs_code’ (of ‘gemeentecode’, ‘RegioS’)" : "")}{(code is null && count is null ? " en " : "")}{(count is null ? "‘inwoners’" : "")} ontbreken. Gevonden: {string.Join(", ", header.Select(h => $"‘{h}’"))}."]);
        }

        if (date is null && formDate is null)
        {
            errors.Add("Het bestand heeft geen kolom ‘peildatum’ (of ‘inwoners_peildatum’); vul de peildatum in het formulier in.");
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var line = csv.Context.Parser!.Row;
            var cbs = (csv.GetField(code.Value) ?? "").Trim().ToUpperInvariant();
            var countText = (csv.GetField(count.Value) ?? "").Trim();
            var dateText = date is { } d ? (csv.GetField(d) ?? "").Trim() : "";
            if (cbs.Length == 0 && countText.Length == 0)
            {
                continue;
            }

            if (!knownCodes.Contains(cbs))
            {
                errors.Add($"Regel {line}: ‘{cbs}’ is geen CBS-code van een gemeente van deze eenheid.");
                continue;
            }

            if (seen.TryGetValue(cbs, out var earlier))
            {
                errors.Add($"Regel {line}: {cbs} staat ook al op regel {earlier}.");
                continue;
            }

            seen[cbs] = line;
            int? inhabitants = null;
            if (countText.Length > 0)
            {
                if (!int.TryParse(countText.Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    errors.Add($"Regel {line}: ‘{countText}’ bij {cbs} is geen geheel aantal inwoners.");
                    continue;
                }

                if (parsed < 0)
                {
                    errors.Add($"Regel {line}: het aantal inwoners van {cbs} is negatief ({parsed}).");
                    continue;
                }

                inhabitants = parsed;
            }

            DateOnly? referenceDate = formDate;
            if (dateText.Length > 0)
            {
                if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
                {
                    errors.Add($"Regel {line}: ‘{dateText}’ bij {cbs} is geen datum (schrijf bijvoorbeeld 2024-01-01).");
                    continue;
                }

                referenceDate = parsedDate;
            }
            else if (inhabitants is not null && referenceDate is null && date is not null)
            {
                errors.Add($"Regel {line}: de peildatum bij {cbs} ontbreekt; vul hem in het bestand of in het formulier in.");
                continue;
            }

            rows.Add(new InhabitantsRow(line, cbs, inhabitants, referenceDate));
        }

        return new(rows, errors);
    }

    private static int? Column(string[] header, string[] names)
    {
        var index = Array.FindIndex(header, h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
        return index < 0 ? null : index;
    }
}
