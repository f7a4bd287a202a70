using System.Globalization;
using System.Text.RegularExpressions;
using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// Cuts pasted text (from a PDF like seed 002, or tab-separated from a spreadsheet) into tables of
/// headings and rows. A PDF writes an empty cell as a no-break space (U+00A0) and drops whole empty
/// columns, so a row is a name followed by number tokens or no-break spaces.
/// </summary>
public static partial class PastedLines
{
    private const char Nbsp = '\u00A0';

    public static List<PastedTable> Collect(string text, FormationDraft draft)
    {
        var tables = new List<PastedTable>();
        var block = new List<string>();
        PastedTable? table = null;
        string? heading = null;
        var lastWasHeading = false;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var flat = Collapse(raw.Replace('\t', ' ').Replace(Nbsp, ' '));
            if (Header().Match(flat) is { Success: true } header)
            {
                table = StartTable(block, flat[..header.Index], i + 1, draft);
                tables.Add(table);
                block.Clear();
                heading = null;
                lastWasHeading = false;
                continue;
            }

            if (table is null)
            {
                block.Add(raw);
                continue;
            }

            if (flat.Length == 0)
            {
                lastWasHeading = false;
                continue;
            }

            var (name, cells) = Split(raw);
            if (cells.Count == 0)
            {
                // Consecutive lines without cells are one heading: "Eenheid" + "Noord-Holland".
                if (lastWasHeading)
                {
                    heading += " " + name;
                    table.Items.RemoveAt(table.Items.Count - 1);
                }
                else
                {
                    heading = name;
                }

                lastWasHeading = true;

                table.Items.Add((heading, heading!, cells, i + 1));
                continue;
            }

            lastWasHeading = false;
            if (name.Length == 0)
            {
                draft.Error(i + 1, "deze rij heeft geen naam, alleen getallen.");
                continue;
            }

            table.Items.Add((null, name, cells, i + 1));
            if (name.StartsWith("Totaal", StringComparison.OrdinalIgnoreCase))
            {
                // The table's published total ends it; what follows until the next header is not formation.
                table = null;
            }
        }

        return tables;
    }

    /// <summary>The name and the trailing cells of a line; a cell is a number token or a no-break space (null).</summary>
    public static (string Name, List<string?> Cells) Split(string raw)
    {
        List<string> tokens;
        if (raw.Contains('\t'))
        {
            tokens = raw.Split('\t').Select(f => f.Trim(' ', Nbsp).Length == 0 ? Nbsp.ToString() : f.Trim(' ', Nbsp)).ToList();
            while (tokens.Count > 1 && tokens[0] == Nbsp.ToString())
            {
                tokens.RemoveAt(0);
            }
        }
        else
        {
            tokens = raw.Replace(Nbsp.ToString(), $" {Nbsp} ").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        var cells = new List<string?>();
        var end = tokens.Count;
        while (end > 0 && (tokens[end - 1] == Nbsp.ToString() || DutchNumber.LooksNumeric(tokens[end - 1])))
        {
            end--;
            cells.Insert(0, tokens[end] == Nbsp.ToString() ? null : tokens[end]);
        }

        var name = Collapse(string.Join(' ', tokens.Take(end)).Replace(Nbsp, ' '));
        return (name, cells);
    }

    public static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static PastedTable StartTable(List<string> block, string prefix, int line, FormationDraft draft)
    {
        // The name is the text block just before the header; a line starting with a space begins a block.
        var start = block.FindLastIndex(l => l.StartsWith(' ') && l.Trim(' ', Nbsp).Length > 0);
        if (start < 0)
        {
            start = block.FindLastIndex(l => l.Trim(' ', Nbsp, '\t').Length == 0) + 1;
        }

        var text = Collapse(string.Join(' ', block.Skip(start).Append(prefix)).Replace('\t', ' ').Replace(Nbsp, ' '));
        DateOnly? date = null;
        string? title = null;
        if (FormationPer().Match(text) is { Success: true } m)
        {
            title = m.Value;
            date = DutchDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            if (date is null)
            {
                draft.Error(line, $"de datum in '{m.Value}' is geen geldige datum.");
            }

            text = Collapse(text.Remove(m.Index, m.Length));
        }

        return new PastedTable(text.Length > 0 ? text : $"Tabel op regel {line}", line) { Date = date, Title = title };
    }

    private static DateOnly? DutchDate(string day, string month, string year)
    {
        var months = new[] { "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec" };
        var full = new[] { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" };
        var m = month.ToLowerInvariant();
        var index = Array.FindIndex(full, f => f == m || (m.Length >= 3 && f.StartsWith(m, StringComparison.Ordinal)));
        index = index >= 0 ? index : Array.IndexOf(months, m);
        index = index >= 0 ? index : m == "sept" ? 8 : -1;
        var text = $"{int.Parse(year, CultureInfo.InvariantCulture):D4}-{index + 1:D2}-{int.Parse(day, CultureInfo.InvariantCulture):D2}";
        return index >= 0 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
    }

    [GeneratedRegex(@"aspirant\s+wijkagent\s+overig\s+totaal", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"formatie\s+per\s+(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex FormationPer();
}
