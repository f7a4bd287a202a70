using System.Globalization;
using Beleidsplan.Web.Data;

namespace Beleidsplan.Web.Uploads;

/// <summary>The upload settings, checked at start: a wrong setting stops the app with one Dutch line.</summary>
public sealed class UploadOptions
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Room for the form around the file (boundaries, antiforgery token, other fields).</summary>
    public const long FormAllowance = 64 * 1024;

    public required long MaxBytes { get; init; }

    /// <summary>The full path of the folder the files are written to; never under the web root.</summary>
    public required string Folder { get; init; }

    /// <summary>The largest request an upload page reads; larger ones are refused before reading.</summary>
    public long RequestLimit => MaxBytes + FormAllowance;

    /// <summary>The limit as users read it: "20 MB".</summary>
    public string MaxText => MaxBytes % (1024 * 1024) == 0
        ? $"{MaxBytes / (1024 * 1024)} MB"
        : string.Create(CultureInfo.GetCultureInfo("nl-NL"), $"{MaxBytes / 1024.0 / 1024.0:0.##} MB");

    public static UploadOptions Read(IConfiguration configuration, string contentRoot, string? webRoot)
    {
        var maxText = configuration["Uploads:MaxBytes"];
        long maxBytes = DefaultMaxBytes;
        if (!string.IsNullOrWhiteSpace(maxText)
            && (!long.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxBytes) || maxBytes <= 0))
        {
            throw new ConfigurationException($"Uploads:MaxBytes '{maxText}' is geen positief aantal bytes.");
        }

        var folderText = configuration["Uploads:Folder"];
        var folder = Path.TrimEndingDirectorySeparator(
            Path.GetFullPath(string.IsNullOrWhiteSpace(folderText) ? Path.Combine("data", "uploads") : folderText, contentRoot));
        var web = Path.TrimEndingDirectorySeparator(Path.GetFullPath(webRoot ?? Path.Combine(contentRoot, "wwwroot"), contentRoot));
        // Anything under the web root is served as a static file, past every check of ours.
        if (folder.Equals(web, StringComparison.OrdinalIgnoreCase)
            || folder.StartsWith(web + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConfigurationException(
                $"Uploads:Folder '{folder}' ligt in de webmap '{web}'; kies een map daarbuiten, anders zijn geüploade bestanden zonder controle op te vragen.");
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"Uploads:Folder '{folder}' is onbruikbaar: de map kan niet worden aangemaakt ({e.Message}).");
        }

        return new UploadOptions { MaxBytes = maxBytes, Folder = folder };
    }
}
