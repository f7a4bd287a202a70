using System.Globalization;
using System.Text.RegularExpressions;

namespace Beleidsplan.Web.Domain.Strength;

/// <summary>
/// FTE figures as the published tables write them: "2.980,90" (dot for thousands, comma for decimals).
/// Parsing is strict, so "2.980" means 2980 and "2980.90" is refused rather than guessed.
/// </summary>
public static partial class DutchNumber
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"2.980,90"; always two decimals, as in seed 002.</summary>
    public static string Fte(decimal value) => value.ToString("N2", Culture);

    /// <summary>A change: "+4,70" or "-1,00".</summary>
    public static string SignedFte(decimal value) => (value > 0 ? "+" : "") + Fte(value);

    /// <summary>Whether the text looks like a number at all (digits with dots, commas, a sign), so that a wrong one is reported, not read as a name.</summary>
    public static bool LooksNumeric(string text) => NumericLooking().IsMatch(text.Trim());

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        var trimmed = text?.Trim().Replace('\u2212', '-') ?? "";
        return DutchPattern().IsMatch(trimmed)
            && decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, Culture, out value);
    }

    [GeneratedRegex(@"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")]
    private static partial Regex DutchPattern();

    [GeneratedRegex(@"^[-\u2212]?[\d.,]*\d[\d.,]*$")]
    private static partial Regex NumericLooking();
}
