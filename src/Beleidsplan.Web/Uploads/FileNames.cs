using System.Globalization;
using System.Text;

namespace Beleidsplan.Web.Uploads;

/// <summary>
/// Makes a user's file name safe to store and to offer back on download. The name never becomes a
/// path (files are stored under their id), but it is shown and sent in a header, so it must not carry
/// a path, control characters or right-to-left overrides that disguise "rapport‮fdp.exe" as a PDF.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 255;

    public const string Fallback = "bestand";

    private static readonly char[] Forbidden = ['<', '>', ':', '"', '|', '?', '*'];

    public static string Sanitise(string? name)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormC);
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..]; // only the last segment: no "../", no "C:\"
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse || Forbidden.Contains(c))
            {
                continue;
            }

            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(isSpace ? ' ' : c);
            }
        }

        // Leading dots would make a hidden file or "..", trailing dots and spaces vanish on Windows.
        var clean = builder.ToString().Trim(' ', '.');
        return clean.Length == 0 ? Fallback : Shorten(clean);
    }

    /// <summary>The extension in lower case with its dot, or "" when there is none.</summary>
    public static string Extension(string name) => Path.GetExtension(name).ToLowerInvariant();

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        extension = extension.Length > 20 ? "" : extension;
        return name[..(MaxLength - extension.Length)].TrimEnd(' ', '.') + extension;
    }
}
