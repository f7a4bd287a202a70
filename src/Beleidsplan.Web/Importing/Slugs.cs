using System.Text.RegularExpressions;

namespace Beleidsplan.Web.Importing;

public static partial class Slugs
{
    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>The slug a file name gives: its name without extension and leading number.</summary>
    public static string FromFileName(string path) =>
        LeadingNumber().Replace(Path.GetFileNameWithoutExtension(path), "");

    /// <summary>A slug for a new item from its title, unique among <paramref name="taken"/>.</summary>
    public static string FromTitle(string title, IEnumerable<string> taken)
    {
        var plain = new string(title.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
        var slug = NotSlug().Replace(plain, "-").Trim('-');
        slug = slug.Length == 0 ? "onderdeel" : slug[..Math.Min(slug.Length, 80)].Trim('-');
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var candidate = slug;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[0-9]+-")]
    private static partial Regex LeadingNumber();
}
